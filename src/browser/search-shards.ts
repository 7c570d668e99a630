import type { Pagefind, PagefindSearch, SearchOptions } from './pagefind-client';
import { RANKING } from './pagefind-client';
import type { ShardEntry } from '../schemas/shard-manifest';
import { RecordReader } from './record-reader';

/** One Pagefind bundle of the index, as `/pagefind/shards.json` lists it (see `writeShardedIndex`). */
export type Shard = ShardEntry;

/** Pagefind's `createInstance` (1.6): one bundle searched on its own, in the shared worker. */
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind & { mergeIndex(path: string, options?: Record<string, unknown>): Promise<void> };
}

/** Options of each shard's bundle. */
const OPTIONS = { ranking: RANKING, excerptLength: 30 };


/** The years of `shards`, newest first, each once. */
const yearsOf = (shards: readonly Shard[]) => [...new Set(shards.flatMap((shard) => shard.years))];

const pagefindRoot = () => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

let manifest: Promise<Shard[]> | undefined;

/** The index's shards, newest year first; fetched once, and again after a failure. */
export function loadShards(): Promise<Shard[]> {
  manifest ??= fetch(`${pagefindRoot()}shards.json`)
    .then(async (response) => {
      if (!response.ok) throw new Error(`search index: ${response.status} for shards.json`);
      return ((await response.json()) as { shards: Shard[] }).shards;
    })
    .catch((error: unknown) => {
      manifest = undefined;
      throw error;
    });
  return manifest;
}

/**
 * The shards a search reaches, newest first, loaded a few at a time: one Pagefind instance
 * whose own bundle is the newest shard chosen, with older shards merged into it
 * (`mergeIndex`) only when a search needs them. Merged bundles share the first one's
 * WebAssembly, so a shard costs its metadata and the index chunks a query reads, and a first
 * query downloads nothing of the shards it has not reached. Pagefind merges the results of the
 * shards it holds by score.
 */
export class ShardSession {
  readonly shards: readonly Shard[];
  /** Reads the records of this session's results, one search at a time. */
  readonly reader = new RecordReader();
  #merged = 0;
  #pagefind: Promise<Awaited<ReturnType<PagefindModule['createInstance']>>> | undefined;

  constructor(shards: readonly Shard[]) {
    this.shards = shards;
  }

  /** Every year of this session's shards, newest first. */
  get years(): string[] {
    return yearsOf(this.shards);
  }

  /**
   * The years searched so far, newest first. A large year's shards each hold part of it, so
   * a year can be searched in part, and then it is also among those `remaining`.
   */
  get searched(): string[] {
    return yearsOf(this.shards.slice(0, this.#merged));
  }

  /** The years not searched yet, or not all of them, newest first. */
  get remaining(): string[] {
    return yearsOf(this.shards.slice(this.#merged));
  }

  /**
   * The month the search has reached back to, `2025-10`, when it has reached part of its
   * oldest year only; `undefined` when every year it has reached is searched whole.
   */
  get since(): string | undefined {
    const oldest = this.shards[this.#merged - 1];
    const [year] = oldest?.years ?? [];
    if (!oldest?.months || !year || !this.remaining.includes(year)) return undefined;
    return `${year}-${String(oldest.months[0]).padStart(2, '0')}`;
  }

  /** Shards reached so far, and left. */
  get shardsLeft(): number {
    return this.shards.length - this.#merged;
  }

  get shardsSearched(): number {
    return this.#merged;
  }

  /** Searches the shards reached so far (the newest one, at first). */
  async search(term: string | null, options: SearchOptions): Promise<PagefindSearch | null> {
    if (this.shards.length === 0) return { results: [], filters: {} };
    const pagefind = await this.#open();
    return pagefind.search(term, options);
  }

  /** Loads the first shard, and the index chunks for `term` in the shards reached. */
  async preload(term: string): Promise<void> {
    if (this.shards.length === 0) return;
    const pagefind = await this.#open();
    if (term.trim()) await pagefind.preload(term.trim());
  }

  /**
   * Reaches `count` more shards (all that are left by default): the next searches include
   * them. Resolves to whether any shard was added.
   */
  async widen(count = Number.POSITIVE_INFINITY): Promise<boolean> {
    const pagefind = await this.#open();
    const next = this.shards.slice(this.#merged, this.#merged + count);
    this.#merged += next.length;
    await Promise.all(next.map((shard) => pagefind.mergeIndex(`${pagefindRoot()}${shard.path}`, OPTIONS)));
    return next.length > 0;
  }

  #open() {
    this.#pagefind ??= (async () => {
      const [first] = this.shards;
      if (!first) throw new Error('search index: no shards');
      const basePath = `${pagefindRoot()}${first.path}`;
      const module = (await import(/* @vite-ignore */ `${basePath}pagefind.js`)) as PagefindModule;
      const pagefind = module.createInstance({ basePath, ...OPTIONS });
      await pagefind.init();
      this.#merged = 1;
      return pagefind;
    })().catch((error: unknown) => {
      this.#pagefind = undefined;
      throw error;
    });
    return this.#pagefind;
  }
}

const sessions = new Map<string, Promise<ShardSession>>();

/**
 * The session for a search's year filter: the shard that holds that year alone, or its parts
 * if it is split (Pagefind's year filter keeps to the year within a shard), or every shard
 * newest first. Sessions last as long as the page, so shards reached stay reached.
 */
export function shardSession(year: string | undefined): Promise<ShardSession> {
  const key = year ?? '';
  let session = sessions.get(key);
  if (!session) {
    session = loadShards().then((shards) => new ShardSession(year ? shards.filter((shard) => shard.years.includes(year)) : shards));
    // A failed load is forgotten, so the next search tries again.
    session.catch(() => sessions.delete(key));
    sessions.set(key, session);
  }
  return session;
}

/**
 * Loads what a first search needs, ahead of it (the shard list and the newest shard), so that
 * nothing is downloaded until a reader starts to search.
 */
export async function warmSearch(): Promise<void> {
  await (await shardSession(undefined)).preload('');
}
