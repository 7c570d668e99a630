import { countMatches, type SearchCount } from './search-count';
import type { SearchState } from './search-query';
import { loadHits, preloadTerm, searchOlderYears, searchTurns, type TurnHit, type TurnMatches } from './search-turns';

export interface LiveResults {
  state: SearchState;
  /** How many results (speakers in transcripts) match in all. */
  total: number;
  /** The turns found and their speakers, as every list states them (see `countText`). */
  count: SearchCount;
  /** How many of them are loaded. */
  loaded: number;
  /** The turns loaded so far, best first. */
  hits: TurnHit[];
  /** Whether every matching turn is a hit of its own (see `TurnMatches`). */
  expanded: boolean;
  /** Results per year, and the years searched and not yet (see `TurnMatches`). */
  perYear: Record<string, number>;
  searched: string[];
  remaining: string[];
  since: string | undefined;
}

export interface LiveSearchOptions {
  /** Results loaded at a time. */
  pageSize: number;
  /** Called with each search's results, never with those of a search already overtaken. */
  onResults(results: LiveResults, appended: TurnHit[]): void;
  onError(error: unknown): void;
}

/** Quiet time after a keystroke before searching: long enough to skip words half typed. */
const TYPING_PAUSE_MS = 120;

/**
 * Search as the reader types, without jank: Pagefind preloads the index chunk for each
 * keystroke at once, searches run after a short pause, and a search overtaken by a newer one
 * is dropped when it comes back, so results never arrive out of order.
 */
export function liveSearch({ pageSize, onResults, onError }: LiveSearchOptions) {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: { matches: TurnMatches; hits: TurnHit[]; loaded: number; count: SearchCount } | undefined;

  const resultsOf = ({ matches, hits, loaded, count }: NonNullable<typeof current>): LiveResults => {
    const { state, results, expanded, perYear, searched, remaining, since } = matches;
    return { state, total: results.length, count, loaded, hits, expanded, perYear, searched, remaining, since };
  };

  /** Shows the first page of `matches`, unless a newer search has started. */
  async function show(matches: TurnMatches, ticket: number, wanted = pageSize): Promise<boolean> {
    // Within one transcript every turn is listed, and a transcript has few speakers.
    const loaded = Math.min(matches.expanded ? matches.results.length : wanted, matches.results.length);
    const [hits, count] = await Promise.all([loadHits(matches, 0, loaded), countMatches(matches, loaded)]);
    if (ticket !== latest) return false;
    current = { matches, hits, loaded, count };
    onResults(resultsOf(current), hits);
    return true;
  }

  async function run(state: SearchState, ticket: number): Promise<void> {
    try {
      // Newest years first: each step paints what the years searched so far hold.
      for await (const matches of searchTurns(state, pageSize)) {
        if (!(await show(matches, ticket))) return;
      }
    } catch (error) {
      if (ticket === latest) onError(error);
    }
  }

  return {
    /** Searches for `state`, after the typing pause unless `now`. */
    request(state: SearchState, now = false): void {
      const ticket = ++latest;
      clearTimeout(timer);
      preloadTerm(state);
      if (now) void run(state, ticket);
      else timer = setTimeout(() => void run(state, ticket), TYPING_PAUSE_MS);
    },
    /** Forgets any search under way, for when the query is cleared. */
    cancel(): void {
      latest++;
      clearTimeout(timer);
      current = undefined;
    },
    /**
     * Searches older years (every year left, with `everyYear`) and shows the results again, a
     * page more than are shown now: for "more" once the years searched run out of results, and
     * for the mentions-over-time chart.
     */
    async older(everyYear = false): Promise<void> {
      const shown = current;
      if (!shown) return;
      const ticket = latest;
      try {
        await show(await searchOlderYears(shown.matches.state, everyYear), ticket, shown.loaded + (everyYear ? 0 : pageSize));
      } catch (error) {
        if (ticket === latest) onError(error);
      }
    },
    /** Loads the next page of the current results, reaching older years once these run out. */
    async more(): Promise<void> {
      const shown = current;
      if (!shown) return;
      if (shown.loaded >= shown.matches.results.length && shown.matches.remaining.length > 0) return this.older();
      const ticket = latest;
      try {
        const loaded = Math.min(shown.loaded + pageSize, shown.matches.results.length);
        const [next, count] = await Promise.all([loadHits(shown.matches, shown.loaded, pageSize), countMatches(shown.matches, loaded)]);
        if (ticket !== latest || shown !== current) return;
        shown.hits = [...shown.hits, ...next];
        shown.loaded = loaded;
        shown.count = count;
        onResults(resultsOf(shown), next);
      } catch (error) {
        onError(error);
      }
    },
  };
}
