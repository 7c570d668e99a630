import { HIGHLIGHT_PARAM } from './highlight-param';

/** The filters a search can carry in its URL, in the order they appear there. */
export const FILTER_NAMES = ['speaker', 'transcript', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type Filters = Partial<Record<FilterName, string>>;

/** A search as its URL states it: `/search/?q=Minsk+Agreements&speaker=vladimir-putin`. */
export interface SearchState {
  query: string;
  filters: Filters;
}

/** `"Minsk Agreements"`: Pagefind matches a query wholly in double quotes as an exact phrase. */
export function isPhrase(query: string): boolean {
  return /^\s*".+"\s*$/.test(query);
}

/** The words of a query without quotes: `"Minsk Agreements"` → `['Minsk', 'Agreements']`. */
export function wordsOf(query: string): string[] {
  return query.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
}

/**
 * The link to a turn, carrying what the destination page should highlight: each word of an
 * unquoted query, or the whole phrase of a quoted one. Pagefind's own `highlightParam` would
 * split `"Minsk Agreements"` into `"Minsk` and `Agreements"`, quotes and all.
 */
export function turnLink(url: string, query: string): string {
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt < 0 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const terms = isPhrase(query) ? [wordsOf(query).join(' ')] : wordsOf(query);
  if (terms.length === 0) return url;
  const params = terms.map((term) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(term)}`).join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${params}${hash}`;
}

/** Reads a search from a query string such as `?q=sanctions&speaker=vladimir-putin`. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

/** Writes a search as a query string, leaving out what is empty: `?q=sanctions&year=2022`. */
export function writeState({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
