import type { PagefindRecord, PagefindResult } from './pagefind-client';

/**
 * Reads the records of Pagefind results one search at a time, so that each search sees its
 * own matches.
 *
 * Pagefind 1.6 keeps one object per fragment and writes into it the matches of whichever
 * search reads it last (`loadFragment` sets its `weighted_locations`, `url`, `excerpt` and
 * `sub_results`). A search that reads a fragment while an older search reads the same one can
 * get the older search's matches. While typing "sanctions", the list then showed Putin's best
 * turn for "s": `vladimir-putin-1`, not `vladimir-putin-3`, which says "sanctions" most often.
 *
 * Each call is one batch. Its fragments load at once, and each record is copied before the
 * next batch starts, so no other search writes into them in between. A later batch waits for
 * the one before it.
 *
 * ```ts
 * const reader = new RecordReader();
 * const [mine, older] = await Promise.all([reader.read(sanctions.results), reader.read(s.results)]);
 * mine[0].sub_results; // the turns that say "sanctions", whatever `older` read after it
 * ```
 */
export class RecordReader {
  #last: Promise<unknown> = Promise.resolve();

  read(results: readonly PagefindResult[]): Promise<PagefindRecord[]> {
    const batch = this.#last.then(async () => {
      const records = await Promise.all(results.map((result) => result.data()));
      return records.map((record) => ({ ...record }));
    });
    // A failed batch fails its own caller; the next batch still runs.
    this.#last = batch.catch(() => undefined);
    return batch;
  }
}
