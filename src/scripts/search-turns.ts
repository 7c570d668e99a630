import { loadPagefind, type PagefindResult } from './pagefind-client';
import { phraseOf, turnLink, type SearchState } from './search-query';

/** One speaker turn found by a search, ready to show. */
export interface TurnHit {
  /** The turn's address with the words to highlight there. */
  href: string;
  speaker: string;
  role: string | undefined;
  transcript: string;
  /** `YYYY-MM-DD` */
  date: string;
  /** Pagefind's excerpt: text with `&lt;`/`&gt;` escaped and matches in `<mark>`. */
  excerpt: string;
  /** Whether the turn goes on before and after the excerpt. */
  clipped: { start: boolean; end: boolean };
}

/** The turns matching a search, best first; each loads its details on demand. */
export interface TurnMatches {
  state: SearchState;
  results: PagefindResult[];
}

/**
 * Runs a search: the query's words (all of them must occur in a turn, its speaker's name or
 * role), narrowed by the filters. For a query of several words, turns that hold them as a
 * phrase rank first: `Minsk Agreements` puts the turn that names the Minsk Agreements above
 * turns that say "Minsk" in one place and "agreements" in another. With filters and no
 * words, every turn that passes the filters, in reading order, newest transcript first.
 */
export async function searchTurns(state: SearchState): Promise<TurnMatches> {
  const pagefind = await loadPagefind();
  const term = state.query.trim() || null;
  const options = term ? { filters: state.filters } : { filters: state.filters, sort: { order: 'asc' as const } };
  const phrase = term ? phraseOf(term) : null;
  const [all, together] = await Promise.all([pagefind.search(term, options), phrase ? pagefind.search(phrase, options) : null]);
  const results = all?.results ?? [];
  if (!together?.results.length) return { state, results };
  const first = new Set(together.results.map((result) => result.id));
  return { state, results: [...results.filter((result) => first.has(result.id)), ...results.filter((result) => !first.has(result.id))] };
}

/** Loads the details of `count` matches from `start` on. */
export async function loadHits({ state, results }: TurnMatches, start: number, count: number): Promise<TurnHit[]> {
  const records = await Promise.all(results.slice(start, start + count).map((result) => result.data()));
  return records.map((record) => ({
    href: turnLink(record.url, state.query),
    speaker: record.meta['title'] ?? '',
    role: record.meta['role'],
    transcript: record.filters['transcript-title']?.[0] ?? '',
    date: record.filters['date']?.[0] ?? '',
    excerpt: record.excerpt,
    clipped: clippedSides(record.content, record.plain_excerpt),
  }));
}

function clippedSides(content: string, excerpt: string): { start: boolean; end: boolean } {
  const plain = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
  const [whole, part] = [plain(content), plain(excerpt)];
  return { start: !whole.startsWith(part.slice(0, 40)), end: !whole.endsWith(part.slice(-40)) };
}

/** Warms Pagefind's index for what is being typed, ahead of the (debounced) search. */
export function preloadTerm(query: string): void {
  if (query.trim()) void loadPagefind().then((pagefind) => pagefind.preload(query.trim()));
}
