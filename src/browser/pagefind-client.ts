/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) that the site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch | null>;
}

export interface SearchOptions {
  /** A value the filter must have, or any of several (`{ any: ['2021', '2022'] }`). */
  filters?: Record<string, string | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** How many results hold each filter value (per year, per speaker…), over the bundles searched. */
  filters?: Record<string, Record<string, number>>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindRecord>;
}

/**
 * A speaker's turns in one transcript as Pagefind returns them; see `passageHtml` for what the
 * build puts in.
 */
export interface PagefindRecord {
  /** The speaker's first turn there. */
  url: string;
  /** The record's whole text: the speaker's name and role, then each turn. */
  content: string;
  excerpt: string;
  /** The excerpt without `<mark>`s. */
  plain_excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** Where each turn starts: `location` counts words of `content`. */
  anchors: { id: string; location: number }[];
  /** The turns the search words were found in (none without search words). */
  sub_results: PagefindSubResult[];
}

/** One turn of a record that the search words were found in. */
export interface PagefindSubResult {
  /** The turn's address: the record's page with the turn's anchor. */
  url: string;
  /** The turn's anchor; none for words before the first turn (the speaker's name and role). */
  anchor?: { id: string };
  excerpt: string;
  plain_excerpt: string;
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

/**
 * Ranking tuned for speaker turns, which run from "Thank you." to speeches of well over a
 * thousand words: a long turn is not a diluted page, it is someone speaking at length. With
 * Pagefind's default `pageLength` (0.75) the length penalty decides: a one-line question that
 * says "Minsk" once outranks a speech that names the Minsk Agreements three times. At 0.2 a
 * speech that dwells on the words comes first, and short turns still lead when they are
 * about nothing else (`tests/browser/search-ranking.test.ts` shows both).
 */
export const RANKING = { pageLength: 0.2 };
