import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { clearLoadedTranscripts, readLoadedTranscripts, type LoadedTranscript } from '../loaders/loaded-transcripts';
import { isoDate } from '../utils/format-date';
import { sourceDigest } from '../utils/source-digest';
import { turnRecordsOf } from './search-records';
import { writeShardedIndex, type ShardedCount, type ShardedTranscript, type ShardSizes } from './sharded-index';

export interface PagefindOptions {
  /** The interface's language: the browser loads the index named after `<html lang>`. */
  language: string;
  /** The fewest and the most passages a shard of the index holds (defaults: `MIN_SHARD_PASSAGES`, `MAX_SHARD_PASSAGES`). */
  shardSizes?: ShardSizes;
}

/** Shards of the last build, reused for every year whose passages are unchanged. */
const SHARD_CACHE = 'search-shards';
/** What shapes the passages and their bundles besides the transcripts: the search modules and the installed packages. */
const SEARCH_SOURCES = ['package-lock.json', 'src/integrations/search-records.ts', 'src/integrations/search-passages.ts', 'src/integrations/search-index.ts', 'src/integrations/sharded-index.ts'];

/**
 * Builds the search index, `dist/pagefind/`: one Pagefind bundle per year of transcripts
 * (`writeShardedIndex`), each record a passage of one speaker's turns in one transcript, made
 * from the turns themselves (`turnRecordsOf`, the only producer of search records), never from
 * built HTML. No HTML page is indexed as a page, so site chrome, turn pages and speaker pages
 * can never show up as results. Any failure fails the build: it never passes without an index.
 *
 * The transcripts come from the content sync's hand-over file (`readLoadedTranscripts`), read
 * at `astro:build:start`: the shards are written one after another on the second core while
 * Astro bundles and renders pages; only the years whose passages changed since the last build
 * go to Pagefind again, and `astro:build:done` only waits for what is left.
 */
export default function pagefindIntegration({ language, shardSizes = {} }: PagefindOptions): AstroIntegration {
  let building = false;
  let cacheDir: URL | undefined;
  let code = '';
  let indexing: { started: number; bundle: string; slugs: string[]; done: Promise<ShardedCount> } | undefined;
  return {
    name: 'transcripts:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        cacheDir = config.cacheDir;
        code = sourceDigest(fileURLToPath(config.root), SEARCH_SOURCES);
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
        const done = writeShardedIndex(transcripts.map(shardedOf), bundle, join(root, SHARD_CACHE), language, { ...shardSizes, code });
        // Reported at astro:build:done; until then a failure must not end the process.
        done.catch(() => undefined);
        indexing = { started: performance.now(), bundle, slugs: transcripts.map(({ id }) => id), done };
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!indexing) return;
        const { started, bundle, slugs, done } = indexing;
        indexing = undefined;
        const seconds = (at: number) => ((performance.now() - at) / 1000).toFixed(1);
        const waitFrom = performance.now();
        try {
          const built = new Set(pages.map(({ pathname }) => pathname));
          const missing = slugs.filter((slug) => !built.has(`transcripts/${slug}/`));
          if (missing.length > 0) throw new Error(`search index: no page was built for ${missing.join(', ')}`);
          const indexed = await done;
          for (const warning of indexed.warnings) logger.warn(warning);
          moveFolder(bundle, join(fileURLToPath(dir), 'pagefind'));
          logger.info(`indexed ${describe(indexed)} for search in ${seconds(started)} s, beside the pages; waited ${seconds(waitFrom)} s for it`);
        } finally {
          rmSync(join(bundle, '..'), { recursive: true, force: true });
        }
      },
    },
  };
}

const describe = ({ turns, passages, shards, indexed }: ShardedCount) =>
  `${turns} speaker turns in ${passages} passages, ${shards} shards (${indexed.length > 0 ? `${indexed.join(', ')} indexed again` : 'none changed'})`;

/** A loaded transcript as the sharded index takes it: its year, and its records when asked. */
function shardedOf({ id, data, turns, turnsFile }: LoadedTranscript): ShardedTranscript {
  const day = isoDate(data.date);
  return { id, year: day.slice(0, 4), month: Number(day.slice(5, 7)), source: `${basename(turnsFile)}\0${JSON.stringify(data)}`, records: () => turnRecordsOf(id, data, turns()) };
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
