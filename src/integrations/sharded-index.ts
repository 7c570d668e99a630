import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { passagesOf } from './search-passages';
import { readingOrder, writeSearchIndex, type IndexedCount } from './search-index';
import type { TurnSearchRecord } from './search-records';
import type { ShardManifest } from '../schemas/shard-manifest';
import { writeAtomically } from '../utils/write-atomically';

/** One transcript as the sharded index takes it: its year, and its turns' records on demand. */
export interface ShardedTranscript {
  /** The transcript's slug: a shard takes its transcripts in this order. */
  id: string;
  /** `YYYY`: the transcript's shard. */
  year: string;
  /** 1–12: which part of its year's shard, when the year is split (see {@link MAX_SHARD_PASSAGES}). */
  month: number;
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
 * The most passages a year's shard holds (default): a year with more is split into halves,
 * quarters or months, the fewest parts in which each holds at most this many (months hold what
 * they hold). A first search loads the newest shard's metadata, and every search reads each
 * shard it has reached, so their cost grows with the largest shard: at 10,000 transcripts a
 * year holds about 6,500 passages, ten times a year at 1,000. Calendar parts keep their
 * bounds as transcripts are added, so adding one indexes its own part of the year again.
 */
export const MAX_SHARD_PASSAGES = 2_000;

/**
 * Writes the search index as one Pagefind bundle per year (or run of small years, see
 * {@link MIN_SHARD_PASSAGES}, or part of a large year, see {@link MAX_SHARD_PASSAGES}),
 * `<outputPath>/<id>/`, newest first, with `shards.json` listing them. Shards are written one
 * after another, each by a Pagefind service of its own that is closed before the next starts,
 * so the peak memory is one shard's. Each shard is keyed by a digest of exactly what Pagefind would read (every
 * passage's address and HTML), of the bundle format and of the search code (`code`, a
 * `sourceDigest` of the search modules); each transcript's part of it is kept in `passages.json` by its
 * `source`, so an unchanged transcript's turns are not read again. A shard whose key is in
 * `cacheDir` is linked from there, and only changed shards are indexed again. Cached shards
 * that no year uses any more are removed.
 *
 * At 1,000 transcripts over twenty years a shard holds about 50 transcripts and 650
 * passages, and a first search loads one shard's metadata instead of all of it.
 */
export async function writeShardedIndex(transcripts: Iterable<ShardedTranscript>, outputPath: string, cacheDir: string, language: string, { minPassages = MIN_SHARD_PASSAGES, maxPassages = MAX_SHARD_PASSAGES, code = '' }: ShardSizes & { code?: string } = {}): Promise<ShardedCount> {
  const byYear = Map.groupBy(transcripts, (transcript) => transcript.year);
  if (byYear.size === 0) throw new Error('search index: no transcripts to index');
  mkdirSync(cacheDir, { recursive: true });
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(outputPath, { recursive: true });
  const manifest: ShardManifest = { version: 1, shards: [] };
  const count: ShardedCount = { turns: 0, passages: 0, shards: 0, indexed: [], warnings: [] };
  const kept = new Set<string>();
  const parts: YearPart[] = [];
  const memoCode = `${SHARD_FORMAT}\0${language}\0${code}`;
  const { memo, warning } = readMemo(join(cacheDir, PASSAGE_MEMO), memoCode);
  if (warning) count.warnings.push(warning);
  const known: PassageMemo = { code: memoCode, entries: {} };
  for (const year of [...byYear.keys()].sort().reverse()) {
    const members = (byYear.get(year) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const entries = await knownPassages(members, memo, known, language);
    const digested = members.map((member, index) => ({ member, entry: entries[index] as KnownPassages }));
    const within = (from: number, to: number) => digested.filter(({ member }) => member.month >= from && member.month <= to);
    for (const months of yearParts((from, to) => within(from, to).reduce((sum, { entry }) => sum + entry.passages, 0), maxPassages)) {
      const chosen = months ? within(...months) : digested;
      if (chosen.length > 0) parts.push({ year, ...(months ? { months } : {}), ...partKey(chosen, known.code) });
    }
  }
  writeAtomically(join(cacheDir, PASSAGE_MEMO), JSON.stringify(known));
  for (const group of groupYears(parts, minPassages)) {
    const newest = group[0] as YearPart;
    const oldest = group.at(-1) as YearPart;
    const id = newest.months ? `${newest.year}.${monthRange(newest.months)}` : group.length === 1 ? newest.year : `${oldest.year}-${newest.year}`;
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
    manifest.shards.push({ id, years: group.map((part) => part.year), ...(newest.months ? { months: newest.months } : {}), path: `${id}/`, transcripts: members.length, passages: sum((part) => part.passages), turns: sum((part) => part.turns) });
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

/** How large a shard may be: see {@link MIN_SHARD_PASSAGES} and {@link MAX_SHARD_PASSAGES}. */
export interface ShardSizes {
  minPassages?: number | undefined;
  maxPassages?: number | undefined;
}

/** A year's transcripts, or a part of the year's, with the digest of what Pagefind reads of them. */
interface YearPart {
  year: string;
  /** First and last month, for part of a year. */
  months?: [number, number];
  members: ShardedTranscript[];
  key: string;
  passages: number;
  turns: number;
}

const twoDigits = (month: number) => String(month).padStart(2, '0');
/** `[7, 12]` → `07-12`; `[3, 3]` → `03`. */
const monthRange = ([first, last]: [number, number]) => (first === last ? twoDigits(first) : `${twoDigits(first)}-${twoDigits(last)}`);

/** A year in calendar parts: whole, halves, quarters, months. */
const DIVISIONS = [12, 6, 3, 1] as const;

/**
 * The parts of a year its shards hold, newest first: the whole year (`undefined`) if its
 * passages fit in `maxPassages`, or else the fewest calendar parts (halves, quarters, months)
 * that each fit; months if none do. `passages(from, to)` counts the year's passages in months
 * `from` to `to`. Parts without transcripts are left to the caller to drop.
 *
 * With a year of 1,200 passages in January–June and 900 in July–December, and 2,000 at
 * most: `yearParts(…, 2000)` → `[[7, 12], [1, 6]]`; with 1,500 at most, the first half is split
 * again, so quarters: `[[10, 12], [7, 9], [4, 6], [1, 3]]`.
 */
export function yearParts(passages: (from: number, to: number) => number, maxPassages: number): ([number, number] | undefined)[] {
  if (passages(1, 12) <= maxPassages) return [undefined];
  const partsOf = (months: number) => Array.from({ length: 12 / months }, (_, index): [number, number] => [12 - (index + 1) * months + 1, 12 - index * months]);
  const fits = DIVISIONS.slice(1).find((months) => partsOf(months).every(([from, to]) => passages(from, to) <= maxPassages)) ?? 1;
  return partsOf(fits);
}

/**
 * Years and parts of years, newest first, in runs of at least `minPassages` passages each;
 * the oldest years, if they hold fewer, join the run before them. A part of a year is a shard
 * of its own, whatever its size: it is never run together with other years.
 */
function groupYears(parts: readonly YearPart[], minPassages: number): YearPart[][] {
  const groups: YearPart[][] = [];
  let current: YearPart[] = [];
  let passages = 0;
  const close = () => {
    if (current.length > 0) groups.push(current);
    current = [];
    passages = 0;
  };
  for (const part of parts) {
    if (part.months) {
      close();
      groups.push([part]);
      continue;
    }
    current.push(part);
    passages += part.passages;
    if (passages >= minPassages) close();
  }
  const last = groups.at(-1);
  if (current.length > 0) {
    if (last && !last[0]?.months) last.push(...current);
    else groups.push(current);
  }
  return groups;
}

/**
 * Each member's digest of its passages, taken from the last build's `memo` when its `source`
 * is the same, or else computed from its records (and noted in `known` for the next build).
 * It runs beside Astro's page rendering in the same thread, so it gives way after each
 * transcript it reads.
 */
async function knownPassages(members: readonly ShardedTranscript[], memo: PassageMemo['entries'], known: PassageMemo, language: string): Promise<KnownPassages[]> {
  const entries: KnownPassages[] = [];
  for (const transcript of members) {
    let entry = memo[transcript.id];
    if (entry?.source !== transcript.source) {
      entry = passagesKey(transcript, language);
      await new Promise((resolve) => setImmediate(resolve));
    }
    known.entries[transcript.id] = entry;
    entries.push(entry);
  }
  return entries;
}

/**
 * A digest of everything Pagefind reads for a year or part of one, in the order it reads it:
 * the bundle format, the language and the search code (`code`), then each member's passages.
 */
function partKey(chosen: readonly { member: ShardedTranscript; entry: KnownPassages }[], code: string): Pick<YearPart, 'members' | 'key' | 'passages' | 'turns'> {
  const hash = createHash('sha256').update(code).update('\0');
  let passages = 0;
  let turns = 0;
  for (const { member, entry } of chosen) {
    passages += entry.passages;
    turns += entry.turns;
    hash.update(member.id).update('\0').update(entry.key).update('\0');
  }
  return { members: chosen.map(({ member }) => member), key: hash.digest('base64url').slice(0, 16), passages, turns };
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
