import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { streamLoaded, takeLoaded, type LoadedTranscript } from '../loaders/loaded-transcripts';
import { writeSearchIndex, type IndexedCount } from './search-index';
import { turnRecordsFromPage, turnRecordsOf, type TurnSearchRecord } from './search-records';

export interface PagefindOptions {
  /** The interface's language: the browser loads the index named after `<html lang>`. */
  language: string;
}

/**
 * Builds the search index, `dist/pagefind/`: one Pagefind record per speaker turn (see
 * `TurnSearchRecord`). No HTML page is indexed as a page, so site chrome, turn pages and speaker
 * pages can never show up as results. Any failure fails the build: it never passes without an
 * index.
 *
 * The records come from the loaded transcripts (`turnRecordsOf`), each as soon as the loader
 * has rendered it: Pagefind's binary works on one core while the other renders Markdown and
 * then pages, and `astro:build:done` only waits for what is left. Should no transcripts have
 * been handed over by `astro:build:start`, it reads the built transcript pages instead
 * (`turnRecordsFromPage`).
 */
export default function pagefindIntegration({ language }: PagefindOptions): AstroIntegration {
  let building = false;
  let indexing: { started: number; bundle: string; slugs: string[]; done: Promise<IndexedCount>; stop(error: Error): void } | undefined;
  return {
    name: 'transcripts:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        // The content sync comes next: index each transcript as it is rendered.
        if (!building) return;
        const cacheDir = fileURLToPath(config.cacheDir);
        mkdirSync(cacheDir, { recursive: true });
        const bundle = join(mkdtempSync(join(cacheDir, 'pagefind-')), 'pagefind');
        const { transcripts, stop } = streamLoaded();
        const done = writeSearchIndex(recordsOf(transcripts), bundle, language);
        // Reported at astro:build:done; until then a failure must not end the process.
        done.catch(() => undefined);
        indexing = { started: performance.now(), bundle, slugs: [], done, stop };
      },
      'astro:build:start': async () => {
        const transcripts = takeLoaded();
        if (!indexing) return;
        if (transcripts) {
          indexing.slugs = transcripts.map((transcript) => transcript.id);
          return;
        }
        // No transcript loader ran: the built pages are read instead, at the end.
        const { bundle, done, stop } = indexing;
        indexing = undefined;
        stop(new Error('no transcripts were loaded'));
        await done.catch(() => undefined);
        rmSync(join(bundle, '..'), { recursive: true, force: true });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const target = join(outDir, 'pagefind');
        if (indexing) {
          const { started, bundle, slugs, done } = indexing;
          indexing = undefined;
          const waitFrom = performance.now();
          try {
            const built = new Set(pages.map(({ pathname }) => pathname));
            const missing = slugs.filter((slug) => !built.has(`transcripts/${slug}/`));
            if (missing.length > 0) throw new Error(`search index: no page was built for ${missing.join(', ')}`);
            const indexed = await done;
            moveFolder(bundle, target);
            const seconds = (at: number) => ((performance.now() - at) / 1000).toFixed(1);
            logger.info(`indexed ${describe(indexed)} for search in ${seconds(started)} s, beside the pages; waited ${seconds(waitFrom)} s for it`);
          } finally {
            rmSync(join(bundle, '..'), { recursive: true, force: true });
          }
          return;
        }
        const started = performance.now();
        // Addresses are from the site's root, as Pagefind expects: in the browser it puts the
        // base path (where pagefind.js is served from) in front.
        function* transcripts(): Generator<TurnSearchRecord[]> {
          for (const { pathname } of pages) {
            const file = htmlFileOf(outDir, pathname);
            const records = file ? turnRecordsFromPage(readFileSync(file, 'utf8'), `/${pathname}`, file) : [];
            if (records.length > 0) yield records;
          }
        }
        const indexed = await writeSearchIndex(transcripts(), target, language);
        logger.info(`indexed ${describe(indexed)} for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

const describe = ({ turns, passages }: IndexedCount) => `${turns} speaker turns in ${passages} passages`;

/** One transcript's records at a time (each record carries its own place in reading order). */
async function* recordsOf(transcripts: AsyncIterable<LoadedTranscript>): AsyncGenerator<TurnSearchRecord[]> {
  for await (const { id, data, turns } of transcripts) yield turnRecordsOf(id, data, turns());
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

/** `transcripts/x/` is written as `transcripts/x/index.html`, `404` as `404.html`. */
function htmlFileOf(outDir: string, pathname: string): string | undefined {
  const candidates = [join(outDir, pathname, 'index.html'), join(outDir, `${pathname.replace(/\/$/, '')}.html`)];
  return candidates.find((file) => existsSync(file));
}
