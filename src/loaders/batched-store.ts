import type { LoaderContext } from 'astro/loaders';

type DataStore = LoaderContext['store'];

export interface BatchedStore {
  /** The store to hand to a loader: it holds new entries back until `flush()`. */
  store: DataStore;
  /** Writes every held entry to the real store in one go; later sets go straight through. */
  flush(): void;
}

/**
 * Astro's data store rewrites its whole JSON file (every transcript's rendered HTML) whenever
 * 500 ms pass without a change. A long transcript takes longer than that to render, so a sync
 * of 1,000 transcripts rewrote a file of a few hundred MB dozens of times and the sync grew
 * faster than the archive. Holding the entries until the loader has rendered them all makes
 * one write. Reads see held entries, so the loader's own bookkeeping stays right.
 */
export function batchedStore(store: DataStore): BatchedStore {
  const held = new Map<string, Parameters<DataStore['set']>[0]>();
  let holding = true;
  return {
    store: {
      ...store,
      get: ((id: string) => held.get(id) ?? store.get(id)) as DataStore['get'],
      has: (id) => held.has(id) || store.has(id),
      set: (entry) => {
        if (!holding) return store.set(entry);
        held.set(String(entry.id), entry);
        return true;
      },
      delete: (id) => {
        held.delete(id);
        store.delete(id);
      },
    },
    flush() {
      holding = false;
      for (const entry of held.values()) store.set(entry);
      held.clear();
    },
  };
}
