import type { SearchState } from './search-query';
import { loadHits, preloadTerm, searchTurns, type TurnHit, type TurnMatches } from './search-turns';

export interface LiveResults {
  state: SearchState;
  /** How many results (speakers in transcripts) match in all. */
  total: number;
  /** How many of them are loaded. */
  loaded: number;
  /** The turns loaded so far, best first. */
  hits: TurnHit[];
  /** Whether every matching turn is a hit of its own (see `TurnMatches`). */
  expanded: boolean;
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
  let current: { matches: TurnMatches; hits: TurnHit[]; loaded: number } | undefined;

  async function run(state: SearchState, ticket: number): Promise<void> {
    try {
      const matches = await searchTurns(state);
      // Within one transcript every turn is listed, and a transcript has few speakers.
      const loaded = Math.min(matches.expanded ? matches.results.length : pageSize, matches.results.length);
      const hits = await loadHits(matches, 0, loaded);
      if (ticket !== latest) return;
      current = { matches, hits, loaded };
      onResults({ state, total: matches.results.length, loaded, hits, expanded: matches.expanded }, hits);
    } catch (error) {
      if (ticket === latest) onError(error);
    }
  }

  return {
    /** Searches for `state`, after the typing pause unless `now`. */
    request(state: SearchState, now = false): void {
      const ticket = ++latest;
      clearTimeout(timer);
      preloadTerm(state.query);
      if (now) void run(state, ticket);
      else timer = setTimeout(() => void run(state, ticket), TYPING_PAUSE_MS);
    },
    /** Forgets any search under way, for when the query is cleared. */
    cancel(): void {
      latest++;
      clearTimeout(timer);
      current = undefined;
    },
    /** Loads the next page of the current results. */
    async more(): Promise<void> {
      const shown = current;
      if (!shown) return;
      const ticket = latest;
      try {
        const next = await loadHits(shown.matches, shown.loaded, pageSize);
        if (ticket !== latest || shown !== current) return;
        shown.hits = [...shown.hits, ...next];
        shown.loaded = Math.min(shown.loaded + pageSize, shown.matches.results.length);
        const { matches } = shown;
        onResults({ state: matches.state, total: matches.results.length, loaded: shown.loaded, hits: shown.hits, expanded: matches.expanded }, next);
      } catch (error) {
        onError(error);
      }
    },
  };
}
