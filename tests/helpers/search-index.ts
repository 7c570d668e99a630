import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ShardEntry } from '../../src/schemas/shard-manifest';
import { DIST } from './built-site';

/** One record of the built Pagefind index: what a search result links to. */
export interface IndexRecord {
  url: string;
  /** Sub-results inside the record, each linked as `url#id`. */
  anchors: { id: string }[];
}

/** A shard of the index: a year, a run of years or part of a year, as `dist/pagefind/shards.json` lists it. */
export type IndexShard = ShardEntry;

/** The shards of the index, newest first. */
export function indexShards(dist = DIST): IndexShard[] {
  return (JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as { shards: IndexShard[] }).shards;
}

/**
 * Every record of the Pagefind index, in every shard's `fragment/` folder (or in shard `id`'s
 * alone), read from the files the browser downloads (gzip, after Pagefind's `pagefind_dcd`
 * signature). Every search result, for any query, links to one of these URLs.
 */
export function indexRecords(dist = DIST, id?: string): IndexRecord[] {
  return indexShards(dist)
    .filter((shard) => !id || shard.id === id)
    .flatMap((shard) => fragmentsIn(join(dist, 'pagefind', shard.path, 'fragment')));
}

function fragmentsIn(dir: string): IndexRecord[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      if (!text.startsWith('pagefind_dcd')) throw new Error(`${name} is not a Pagefind fragment`);
      return JSON.parse(text.slice('pagefind_dcd'.length)) as IndexRecord;
    });
}
