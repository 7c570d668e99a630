/**
 * `dist/pagefind/shards.json`, the list of the search index's shards: written by the build
 * (`writeShardedIndex`) and read by the browser (`loadShards`), one shape for both.
 */

/** One shard as `shards.json` lists it for the browser. */
export interface ShardEntry {
  /** `2022`, `2019-2021` for a shard of several years, or `2022.07-12` for part of a year. */
  id: string;
  /** The years its transcripts are from, newest first: the year filter chooses the shard by them. */
  years: string[];
  /** For part of a year: its first and last month, `[7, 12]`. */
  months?: [number, number];
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
