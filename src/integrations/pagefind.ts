import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from './search-index';
import { turnRecordsFromPage, type TurnSearchRecord } from './search-records';

export interface PagefindOptions {
  /** The interface's language: the browser loads the index named after `<html lang>`. */
  language: string;
}

/**
 * Builds the search index after the site is built: one Pagefind record per speaker turn,
 * read from the built transcript pages (see `turnRecordsFromPage`), written to
 * `dist/pagefind/`. No HTML page is indexed as a page, so site chrome, turn pages and speaker
 * pages can never show up as results. Any failure fails the build: it never passes without
 * an index.
 */
export default function pagefindIntegration({ language }: PagefindOptions): AstroIntegration {
  return {
    name: 'transcripts:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // Addresses are from the site's root, as Pagefind expects: in the browser it puts the
        // base path (where pagefind.js is served from) in front.
        function* transcripts(): Generator<TurnSearchRecord[]> {
          for (const { pathname } of pages) {
            const file = htmlFileOf(outDir, pathname);
            const records = file ? turnRecordsFromPage(readFileSync(file, 'utf8'), `/${pathname}`, file) : [];
            if (records.length > 0) yield records;
          }
        }
        const indexed = await writeSearchIndex(transcripts(), join(outDir, 'pagefind'), language);
        logger.info(`indexed ${indexed} speaker turns for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

/** `transcripts/x/` is written as `transcripts/x/index.html`, `404` as `404.html`. */
function htmlFileOf(outDir: string, pathname: string): string | undefined {
  const candidates = [join(outDir, pathname, 'index.html'), join(outDir, `${pathname.replace(/\/$/, '')}.html`)];
  return candidates.find((file) => existsSync(file));
}
