import { readLoadedTranscripts } from '../loaders/loaded-transcripts';

/**
 * The old turn-page addresses that `anchorAliases` keep alive, as `transcripts/<slug>/<old>/`
 * (under the site's base), from the transcripts the content sync loaded (`cacheDir` is
 * Astro's cache folder). They answer with a redirect, so the sitemap leaves them out.
 */
function movedTurnPaths(cacheDir: string): Set<string> {
  const paths = new Set<string>();
  for (const { id, data } of readLoadedTranscripts(cacheDir) ?? []) {
    for (const oldAnchor of Object.keys(data.anchorAliases)) paths.add(`transcripts/${id}/${oldAnchor}/`);
  }
  return paths;
}

/**
 * A sitemap filter that keeps every page (its path under the base, as `transcripts/a/`) but
 * the moved-turn redirects; the loaded transcripts are read once, when the sitemap is written.
 */
export function notMovedTurn(cacheDir: string): (path: string) => boolean {
  let moved: Set<string> | undefined;
  return (path) => {
    moved ??= movedTurnPaths(cacheDir);
    return !moved.has(path);
  };
}
