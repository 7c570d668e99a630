import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AstroIntegration } from 'astro';
import { SitemapAndIndexStream, SitemapStream } from 'sitemap';

/** URLs a sitemap file holds at most (the protocol allows 50,000). */
const URLS_PER_FILE = 45_000;

/** Pages that are not the site's own content: error pages answer with an error status. */
const STATUS_PAGES = new Set(['404/', '500/']);

export interface SitemapOptions {
  /** Whether a page (its path under the base, as `transcripts/a/`) belongs in the sitemap. */
  filter?: (path: string) => boolean;
}

/**
 * Writes `sitemap-index.xml` and its `sitemap-<n>.xml` files (at most {@link URLS_PER_FILE}
 * URLs each) at `astro:build:done`, with the `sitemap` package, from every page the build
 * made but the error pages and those `filter` leaves out, in the order of their addresses.
 *
 * It does what `@astrojs/sitemap` did here, at a cost that grows with the pages alone: that
 * integration sorts the URLs with `localeCompare` one pair at a time, which took 12 s of a
 * 10,000-transcript build with nothing changed (382,000 pages); a plain sort takes a fraction
 * of a second.
 *
 * Pages `''`, `transcripts/a/` and `404/` on `https://example.org/sub/` give
 * `sitemap-0.xml` with `https://example.org/sub/` and `https://example.org/sub/transcripts/a/`,
 * and `sitemap-index.xml` naming `https://example.org/sub/sitemap-0.xml`.
 */
export default function sitemap({ filter = () => true }: SitemapOptions = {}): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'transcripts:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) {
          logger.warn('no `site` is configured: no sitemap is written');
          return;
        }
        const paths = pages.map(({ pathname }) => pathname.replace(/^\//, '')).filter((path) => !STATUS_PAGES.has(path) && filter(path));
        paths.sort();
        const base = site.href;
        const index = new SitemapAndIndexStream({
          limit: URLS_PER_FILE,
          getSitemapStream: (number) => {
            const name = `sitemap-${number}.xml`;
            const stream = new SitemapStream({ hostname: base });
            return [new URL(name, base).href, stream, stream.pipe(createWriteStream(new URL(name, dir)))];
          },
        });
        await pipeline(
          Readable.from(paths.map((path) => ({ url: `${base}${path}` }))),
          index,
          createWriteStream(new URL('sitemap-index.xml', dir)),
        );
        logger.info(`${paths.length} pages in sitemap-index.xml`);
      },
    },
  };
}
