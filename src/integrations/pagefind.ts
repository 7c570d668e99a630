import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { clearLoadedTranscripts, readLoadedTranscripts, type LoadedTranscript } from '../loaders/loaded-transcripts';
import { writeSearchIndex, type IndexedCount } from './search-index';
import { turnRecordsOf, type TurnSearchRecord } from './search-records';

export interface PagefindOptions {
  /** The interface's language: the browser loads the index named after `<html lang>`. */
  language: string;
}

/**
 * Builds the search index, `dist/pagefind/`: every speaker turn is a sub-result of its own, in
 * passages of one speaker's turns (see `passagesOf`), made from the turns themselves
 * (`turnRecordsOf`), never from built HTML. No HTML page is indexed as a page, so site chrome,
 * turn pages and speaker pages can never show up as results. Any failure fails the build: it
 * never passes without an index.
 *
 * The transcripts come from the content sync's hand-over file (`readLoadedTranscripts`), read
 * at `astro:build:start`: Pagefind's binary indexes on one core while Astro renders the pages
 * on the other, and `astro:build:done` only waits for what is left.
 */
export default function pagefindIntegration({ language }: PagefindOptions): AstroIntegration {
  let building = false;
  let cacheDir: URL | undefined;
  let indexing: { started: number; bundle: string; slugs: string[]; done: Promise<IndexedCount> } | undefined;
  return {
    name: 'transcripts:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        cacheDir = config.cacheDir;
        // The content sync comes next: an older load's transcripts must never be indexed.
        clearLoadedTranscripts(cacheDir);
      },
      'astro:build:start': () => {
        if (!cacheDir) return;
        const transcripts = readLoadedTranscripts(cacheDir);
        if (!transcripts) throw new Error('search index: the content sync loaded no transcripts (is the transcripts collection defined in src/content.config.ts?)');
        const root = fileURLToPath(cacheDir);
        mkdirSync(root, { recursive: true });
        const bundle = join(mkdtempSync(join(root, 'pagefind-')), 'pagefind');
        const done = writeSearchIndex(recordsOf(transcripts), bundle, language);
        // Reported at astro:build:done; until then a failure must not end the process.
        done.catch(() => undefined);
        indexing = { started: performance.now(), bundle, slugs: transcripts.map(({ id }) => id), done };
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!indexing) return;
        const { started, bundle, slugs, done } = indexing;
        indexing = undefined;
        const waitFrom = performance.now();
        try {
          const built = new Set(pages.map(({ pathname }) => pathname));
          const missing = slugs.filter((slug) => !built.has(`transcripts/${slug}/`));
          if (missing.length > 0) throw new Error(`search index: no page was built for ${missing.join(', ')}`);
          const indexed = await done;
          moveFolder(bundle, join(fileURLToPath(dir), 'pagefind'));
          const seconds = (at: number) => ((performance.now() - at) / 1000).toFixed(1);
          logger.info(`indexed ${indexed.turns} speaker turns in ${indexed.passages} passages for search in ${seconds(started)} s, beside the pages; waited ${seconds(waitFrom)} s for it`);
        } finally {
          rmSync(join(bundle, '..'), { recursive: true, force: true });
        }
      },
    },
  };
}

/** One transcript's records at a time (each record carries its own place in reading order). */
function* recordsOf(transcripts: readonly LoadedTranscript[]): Generator<TurnSearchRecord[]> {
  for (const { id, data, turns } of transcripts) yield turnRecordsOf(id, data, turns());
}

/** Into `dist/`, which Astro empties when the build starts: the bundle is written elsewhere first. */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch {
    // Another file system: copy, then remove.
    cpSync(from, to, { recursive: true });
  }
}
