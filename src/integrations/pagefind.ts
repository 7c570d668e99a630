import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { streamLoaded, takeLoaded, type LoadedTranscript } from '../loaders/loaded-transcripts';
import { isoDate } from '../utils/format-date';
import { turnRecordsFromPage, turnRecordsOf } from './search-records';
import { MIN_SHARD_PASSAGES, writeShardedIndex, type ShardedCount, type ShardedTranscript } from './sharded-index';

export interface PagefindOptions {
  /** The interface's language: the browser loads the index named after `<html lang>`. */
  language: string;
  /** The fewest passages a shard of the index holds (default: `MIN_SHARD_PASSAGES`). */
  minShardPassages?: number | undefined;
}

/** Shards of the last build, reused for every year whose passages are unchanged. */
const SHARD_CACHE = 'search-shards';

/**
 * Builds the search index, `dist/pagefind/`: one Pagefind bundle per year of transcripts
 * (`writeShardedIndex`), each record a passage of one speaker's turns in one transcript. No
 * HTML page is indexed as a page, so site chrome, turn pages and speaker pages can never show
 * up as results. Any failure fails the build: it never passes without an index.
 *
 * The records come from the loaded transcripts (`turnRecordsOf`). As soon as the content
 * sync has loaded them all, the shards are written one after another on the second core while
 * Astro bundles and renders pages; only the years whose passages changed since the last build
 * go to Pagefind again. Should no transcripts have been handed over by `astro:build:start`,
 * the built transcript pages are read instead, at the end (`turnRecordsFromPage`).
 */
export default function pagefindIntegration({ language, minShardPassages = MIN_SHARD_PASSAGES }: PagefindOptions): AstroIntegration {
  let building = false;
  let shardCache = '';
  let indexing: { started: number; bundle: string; done: Promise<ShardedCount>; stop(error: Error): void; slugs: Promise<string[]> } | undefined;
  return {
    name: 'transcripts:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        const cacheDir = fileURLToPath(config.cacheDir);
        mkdirSync(cacheDir, { recursive: true });
        shardCache = join(cacheDir, SHARD_CACHE);
        // The content sync comes next: the index starts as soon as it has loaded everything.
        const bundle = join(mkdtempSync(join(cacheDir, 'pagefind-')), 'pagefind');
        const { transcripts, stop } = streamLoaded();
        const loaded = collect(transcripts);
        const done = loaded.then((all) => writeShardedIndex(all.map(shardedOf), bundle, shardCache, language, minShardPassages));
        // Reported at astro:build:done; until then a failure must not end the process.
        done.catch(() => undefined);
        indexing = { started: performance.now(), bundle, done, stop, slugs: loaded.then((all) => all.map((transcript) => transcript.id)) };
      },
      'astro:build:start': async () => {
        const transcripts = takeLoaded();
        if (!indexing || transcripts) return;
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
        const seconds = (at: number) => ((performance.now() - at) / 1000).toFixed(1);
        if (indexing) {
          const { started, bundle, done, slugs } = indexing;
          indexing = undefined;
          const waitFrom = performance.now();
          try {
            const built = new Set(pages.map(({ pathname }) => pathname));
            const missing = (await slugs.catch(() => [])).filter((slug) => !built.has(`transcripts/${slug}/`));
            if (missing.length > 0) throw new Error(`search index: no page was built for ${missing.join(', ')}`);
            const indexed = await done;
            moveFolder(bundle, target);
            logger.info(`indexed ${describe(indexed)} for search in ${seconds(started)} s, beside the pages; waited ${seconds(waitFrom)} s for it`);
          } finally {
            rmSync(join(bundle, '..'), { recursive: true, force: true });
          }
          return;
        }
        const started = performance.now();
        // Addresses are from the site's root, as Pagefind expects: in the browser it puts the
        // base path (where pagefind.js is served from) in front.
        const transcripts: ShardedTranscript[] = [];
        for (const { pathname } of pages) {
          const file = htmlFileOf(outDir, pathname);
          const records = file ? turnRecordsFromPage(readFileSync(file, 'utf8'), `/${pathname}`, file) : [];
          const year = records[0]?.filters.year[0];
          if (year) transcripts.push({ id: pathname, year, records: () => records });
        }
        const indexed = await writeShardedIndex(transcripts, target, shardCache || join(outDir, '..', `.${SHARD_CACHE}`), language, minShardPassages);
        logger.info(`indexed ${describe(indexed)} for search in ${seconds(started)} s`);
      },
    },
  };
}

const describe = ({ turns, passages, shards, indexed }: ShardedCount) =>
  `${turns} speaker turns in ${passages} passages, ${shards} shards by year (${indexed.length > 0 ? `${indexed.join(', ')} indexed again` : 'none changed'})`;

/** A loaded transcript as the sharded index takes it: its year, and its records when asked. */
function shardedOf({ id, data, turns }: LoadedTranscript): ShardedTranscript {
  return { id, year: isoDate(data.date).slice(0, 4), records: () => turnRecordsOf(id, data, turns()) };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
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
