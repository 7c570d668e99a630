import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { passagesOf } from './search-passages';
import { readingOrder, writeSearchIndex, type IndexedCount } from './search-index';
import type { TurnSearchRecord } from './search-records';
import { writeAtomically } from '../utils/write-atomically';

/** One transcript as the sharded index takes it: its year, and its turns' records on demand. */
export interface ShardedTranscript {
  /** The transcript's slug: a shard takes its transcripts in this order. */
  id: string;
  /** `YYYY`: the transcript's shard. */
  year: string;
  /**
   * A short text that changes whenever `records()` would, given the same search code: the
   * name of its turns file in the render cache (which carries the digest of its Markdown and
   * of the code that read it) and its front matter. An unchanged transcript's passages are
   * then known without reading its turns.
   */
  source: string;
  records(): TurnSearchRecord[];
}

/** What the index learnt of one transcript, kept in the shard cache for the next build. */
interface KnownPassages {
  source: string;
  /** Digest of its passages' addresses and HTML, in order. */
  key: string;
  passages: number;
  turns: number;
}

/** `<cacheDir>/passages.json`: {@link KnownPassages} by transcript, for one search code and language. */
interface PassageMemo {
  code: string;
  entries: Record<string, KnownPassages>;
}
const PASSAGE_MEMO = 'passages.json';

/** One shard as `shards.json` lists it for the browser. */
export interface ShardEntry {
  /** `2022`, or `2019-2021` for a shard of several years. */
  id: string;
  /** The years its transcripts are from, newest first: the year filter chooses the shard by them. */
  years: string[];
  /** Its Pagefind bundle, relative to the `pagefind/` folder: `2022/`. */
  path: string;
  transcripts: number;
  /** Pagefind records (passages of one speaker's turns: `passagesOf`). */
  passages: number;
  turns: number;
}

/** `dist/pagefind/shards.json`: every shard, newest year first, the order the browser searches them in. */
export interface ShardManifest {
  version: 1;
  shards: ShardEntry[];
}

export const SHARD_MANIFEST = 'shards.json';

/** What a sharded build did: the shards, and which of them Pagefind indexed again. */
export interface ShardedCount extends IndexedCount {
  shards: number;
  /** Years indexed by Pagefind in this build; the others were copied from the cache. */
  indexed: string[];
  /** Problems with the cache that cost time but not correctness, one line each. */
  warnings: string[];
}

/**
 * Bumped when the bundle layout or Pagefind's options change, so that cached shards of an
 * older layout are never reused.
 */
const SHARD_FORMAT = 'pagefind-1.6/passages/1';

/**
 * The fewest passages a shard holds (default), unless it is the archive's oldest: years with
 * fewer are grouped with the years before them. A bundle costs a search its own requests
 * (entry, metadata, index chunk), so a handful of transcripts a year is better searched as
 * one; at 1,000 transcripts over twenty years a year holds about 650 passages, a shard of its own.
 */
export const MIN_SHARD_PASSAGES = 500;

/**
 * Writes the search index as one Pagefind bundle per year (or run of years, see
 * {@link MIN_SHARD_PASSAGES}), `<outputPath>/<id>/`, newest first, with `shards.json` listing them. Shards are written one after another, each by a
 * Pagefind service of its own that is closed before the next starts, so the peak memory is
 * one year's. Each shard is keyed by a digest of exactly what Pagefind would read (every
 * passage's address and HTML), of the bundle format and of the search code (`code`, a
 * `sourceDigest` of the search modules); each transcript's part of it is kept in `passages.json` by its
 * `source`, so an unchanged transcript's turns are not read again. A shard whose key is in
 * `cacheDir` is linked from there, and only changed years are indexed again. Cached shards
 * that no year uses any more are removed.
 *
 * At 1,000 transcripts over twenty years a shard holds about 50 transcripts and 650
 * passages, and a first search loads one shard's metadata instead of all of it.
 */
export async function writeShardedIndex(transcripts: Iterable<ShardedTranscript>, outputPath: string, cacheDir: string, language: string, minPassages = MIN_SHARD_PASSAGES, code = ''): Promise<ShardedCount> {
  const byYear = new Map<string, ShardedTranscript[]>();
  for (const transcript of transcripts) byYear.set(transcript.year, [...(byYear.get(transcript.year) ?? []), transcript]);
  if (byYear.size === 0) throw new Error('search index: no transcripts to index');
  mkdirSync(cacheDir, { recursive: true });
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(outputPath, { recursive: true });
  const manifest: ShardManifest = { version: 1, shards: [] };
  const count: ShardedCount = { turns: 0, passages: 0, shards: 0, indexed: [], warnings: [] };
  const kept = new Set<string>();
  const years: YearPart[] = [];
  const memoCode = `${SHARD_FORMAT}\0${language}\0${code}`;
  const { memo, warning } = readMemo(join(cacheDir, PASSAGE_MEMO), memoCode);
  if (warning) count.warnings.push(warning);
  const known: PassageMemo = { code: memoCode, entries: {} };
  for (const year of [...byYear.keys()].sort().reverse()) {
    const members = (byYear.get(year) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    years.push({ year, members, ...(await shardKey(members, language, memo, known)) });
  }
  writeAtomically(join(cacheDir, PASSAGE_MEMO), JSON.stringify(known));
  for (const group of groupYears(years, minPassages)) {
    const newest = group[0] as YearPart;
    const oldest = group.at(-1) as YearPart;
    const id = group.length === 1 ? newest.year : `${oldest.year}-${newest.year}`;
    const key = createHash('sha256').update(group.map((part) => `${part.year}:${part.key}`).join(',')).digest('base64url').slice(0, 16);
    const members = group.flatMap((part) => part.members);
    const cached = join(cacheDir, `${id}.${key}`);
    kept.add(cached);
    if (!existsSync(join(cached, 'pagefind-entry.json'))) {
      const staging = `${cached}.${process.pid}.tmp`;
      rmSync(staging, { recursive: true, force: true });
      // One transcript's records at a time, as Pagefind takes them.
      await writeSearchIndex(
        (function* () {
          for (const transcript of members) yield transcript.records();
        })(),
        staging,
        language,
      );
      rmSync(cached, { recursive: true, force: true });
      renameSync(staging, cached);
      count.indexed.push(id);
    }
    linkTree(cached, join(outputPath, id));
    const sum = (pick: (part: YearPart) => number) => group.reduce((total, part) => total + pick(part), 0);
    manifest.shards.push({ id, years: group.map((part) => part.year), path: `${id}/`, transcripts: members.length, passages: sum((part) => part.passages), turns: sum((part) => part.turns) });
    count.turns += sum((part) => part.turns);
    count.passages += sum((part) => part.passages);
    count.shards++;
  }
  writeFileSync(join(outputPath, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
  // A turn reached from a result highlights its words with Pagefind's script, whichever shard
  // found it: the newest shard's copy is served from the bundles' root.
  const [newest] = manifest.shards;
  if (newest) linkTree(join(outputPath, newest.id), outputPath, ROOT_FILES);
  for (const name of readdirSync(cacheDir)) if (name !== PASSAGE_MEMO && !kept.has(join(cacheDir, name))) rmSync(join(cacheDir, name), { recursive: true, force: true });
  return count;
}

/** One year's transcripts, with the digest of what Pagefind reads of them. */
interface YearPart {
  year: string;
  members: ShardedTranscript[];
  key: string;
  passages: number;
  turns: number;
}

/**
 * Years, newest first, in runs of at least `minPassages` passages each; the oldest years,
 * if they hold fewer, join the run before them.
 */
function groupYears(years: readonly YearPart[], minPassages: number): YearPart[][] {
  const groups: YearPart[][] = [];
  let current: YearPart[] = [];
  let passages = 0;
  for (const part of years) {
    current.push(part);
    passages += part.passages;
    if (passages >= minPassages) {
      groups.push(current);
      current = [];
      passages = 0;
    }
  }
  const last = groups.at(-1);
  if (current.length > 0) {
    if (last) last.push(...current);
    else groups.push(current);
  }
  return groups;
}

/**
 * A digest of everything Pagefind reads for a year, in the order it reads it: each member's
 * digest of its passages, taken from the last build's `memo` when its `source` is the same,
 * or else computed from its records (and noted in `known` for the next build). It runs beside
 * Astro's page rendering in the same thread, so it gives way after each transcript it reads.
 */
async function shardKey(members: readonly ShardedTranscript[], language: string, memo: PassageMemo['entries'], known: PassageMemo): Promise<{ key: string; passages: number; turns: number }> {
  // The bundle format, the language and the search code, then each member's passages.
  const hash = createHash('sha256').update(known.code).update('\0');
  let passages = 0;
  let turns = 0;
  for (const transcript of members) {
    let entry = memo[transcript.id];
    if (entry?.source !== transcript.source) {
      entry = passagesKey(transcript, language);
      await new Promise((resolve) => setImmediate(resolve));
    }
    known.entries[transcript.id] = entry;
    passages += entry.passages;
    turns += entry.turns;
    hash.update(transcript.id).update('\0').update(entry.key).update('\0');
  }
  return { key: hash.digest('base64url').slice(0, 16), passages, turns };
}

/** One transcript's passages, digested: their addresses and HTML, in order. */
function passagesKey(transcript: ShardedTranscript, language: string): KnownPassages {
  const hash = createHash('sha256');
  const records = transcript.records();
  const [first] = records;
  let passages = 0;
  if (first) {
    for (const passage of passagesOf(records, readingOrder(first), language)) {
      passages++;
      hash.update(passage.url).update('\0').update(passage.html).update('\0');
    }
  }
  return { source: transcript.source, key: hash.digest('base64url').slice(0, 16), passages, turns: records.length };
}

/** The last build's memo, if it was made by the same search code; a damaged one is a warning, and read again. */
function readMemo(file: string, code: string): { memo: PassageMemo['entries']; warning?: string } {
  if (!existsSync(file)) return { memo: {} };
  try {
    const memo = JSON.parse(readFileSync(file, 'utf8')) as PassageMemo;
    return { memo: memo.code === code && typeof memo.entries === 'object' ? memo.entries : {} };
  } catch (error) {
    return { memo: {}, warning: `search index: reading every transcript's passages again, the cached digests are damaged (${basename(file)}: ${String(error).split('\n')[0]})` };
  }
}

/** Files of a shard also served from `pagefind/` itself. */
const ROOT_FILES = ['pagefind-highlight.js'];

/**
 * The files of `from` at `to` (only those named in `only`, if given), hard-linked where the
 * file system allows (no copy), else copied.
 */
function linkTree(from: string, to: string, only?: readonly string[]): void {
  mkdirSync(to, { recursive: true });
  for (const name of only ?? readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        cpSync(source, target);
      }
    }
  }
}
