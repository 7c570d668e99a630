/**
 * Every URL path the site links to, built under the configured `base` so the site works
 * from a sub-path (`BASE_PATH=/sub/`). Pages link with these, never with hand-written paths.
 */
export function basePath(): string {
  // Scripts run with tsx, outside Vite, have no import.meta.env: BASE_PATH, as astro.config.mjs reads it.
  return (import.meta.env?.BASE_URL ?? process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
}

/** `/`, the newest transcripts; `/page/2/` and on for older ones. */
export function homePath(page = 1): string {
  return page === 1 ? basePath() : `${basePath()}page/${page}/`;
}

/** `/transcripts/<slug>/`, the full transcript. */
export function transcriptPath(slug: string): string {
  return `${basePath()}transcripts/${slug}/`;
}

/** `/transcripts/<slug>/#<anchor>`: the turn in context, on the full transcript. */
export function turnInContextPath(slug: string, anchor: string): string {
  return `${transcriptPath(slug)}#${anchor}`;
}

/** `/transcripts/<slug>/<anchor>/`: the turn's own page, its permalink. */
export function turnPath(slug: string, anchor: string): string {
  return `${transcriptPath(slug)}${anchor}/`;
}

/** `/transcripts/<slug>/cite/`: the transcript's citation in every format. */
export function citePath(slug: string): string {
  return `${transcriptPath(slug)}cite/`;
}

/** `/transcripts/<slug>.json` and the other data downloads of a transcript. */
export function downloadPath(slug: string, format: 'json' | 'txt' | 'md'): string {
  return `${basePath()}transcripts/${slug}.${format}`;
}

export function speakersPath(): string {
  return `${basePath()}speakers/`;
}

/** `/speakers/<key>/` for the first page of a speaker's turns, `/speakers/<key>/2/` after. */
export function speakerPath(key: string, page = 1): string {
  return `${basePath()}speakers/${key}/${page > 1 ? `${page}/` : ''}`;
}

/** `/speakers/<key>/feed.xml`: the speaker's newest turns, as RSS. */
export function speakerFeedPath(key: string): string {
  return `${speakerPath(key)}feed.xml`;
}

/** The search page, pre-filtered when given a speaker key. */
export function searchPath(speaker?: string): string {
  return `${basePath()}search/${speaker ? `?speaker=${encodeURIComponent(speaker)}` : ''}`;
}

export function feedPath(): string {
  return `${basePath()}feed.xml`;
}

/** A path made absolute against the site's URL, for canonical links, feeds and citations. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('`site` must be set in astro.config.mjs to build absolute URLs');
  return new URL(path, site).href;
}

/** A file from `public/`, such as `theme.js`. */
export function publicPath(file: string): string {
  return `${basePath()}${file}`;
}
