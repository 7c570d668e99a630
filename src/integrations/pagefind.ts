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
        const outDir = fileURLToPath(dir);
        const transcripts: TurnSearchRecord[][] = [];
        for (const { pathname } of pages) {
          const file = htmlFileOf(outDir, pathname);
          // Addresses are from the site's root, as Pagefind expects: in the browser it puts the
          // base path (where pagefind.js is served from) in front.
          const records = file ? turnRecordsFromPage(readFileSync(file, 'utf8'), `/${pathname}`, file) : [];
          if (records.length > 0) transcripts.push(records);
        }
        // Reading order, newest transcript first, is the order of a listing without words.
        transcripts.sort(([a], [b]) => (b?.filters.date[0] ?? '').localeCompare(a?.filters.date[0] ?? '') || (a?.url ?? '').localeCompare(b?.url ?? ''));
        const records = transcripts.flat();
        if (records.length === 0) throw new Error('search index: no page holds speaker turns to index');
        await writeSearchIndex(records, join(outDir, 'pagefind'), language);
        logger.info(`indexed ${records.length} speaker turns for search`);
      },
    },
  };
}

/** `transcripts/x/` is written as `transcripts/x/index.html`, `404` as `404.html`. */
function htmlFileOf(outDir: string, pathname: string): string | undefined {
  const candidates = [join(outDir, pathname, 'index.html'), join(outDir, `${pathname.replace(/\/$/, '')}.html`)];
  return candidates.find((file) => existsSync(file));
}
