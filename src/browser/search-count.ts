import { matchingTurns, type TurnMatches } from './search-turns';
import type { readStrings } from './ui-strings';

/** What a search found, in the reader's terms: turns, and the speakers who said them. */
export interface SearchCount {
  turns: number;
  speakers: number;
  /** False when only the first results were counted: then both numbers are lower bounds. */
  exact: boolean;
}

/**
 * Results counted turn by turn, at most: each result is a passage whose turns are known only
 * from its fragment, so a common word counts the first fragments and says "at least" for the
 * rest (every result holds a turn at least). The header's panel and the search page count the
 * same way, so one search reads the same in both.
 */
export const COUNTED_RESULTS = 20;

/**
 * Counts the turns and speakers of `matches`, reading the fragments of its first `COUNTED_RESULTS`
 * results (or of the first `loaded`, when more are shown). Pagefind fetches a fragment once,
 * so the results shown next reuse them.
 */
export async function countMatches(matches: TurnMatches, loaded = 0): Promise<SearchCount> {
  const counted = matches.results.slice(0, Math.max(COUNTED_RESULTS, loaded));
  const records = await matches.reader.read(counted);
  const speakers = new Set(records.map((record) => record.filters['speaker']?.[0] ?? record.meta['title']));
  const turns = records.reduce((sum, record) => sum + matchingTurns(record, matches).length, 0);
  const rest = matches.results.length - counted.length;
  return { turns: turns + rest, speakers: speakers.size, exact: rest === 0 };
}

/**
 * "5 turns from 3 speakers", or "At least 120 turns from 87 speakers": the one way every
 * search list states what it found (strings `search.found`, `search.foundAtLeast`,
 * `count.turns.*`, `count.speakers.*`).
 */
export function countText({ turns, speakers, exact }: SearchCount, { text, count }: ReturnType<typeof readStrings>): string {
  return text(exact ? 'search.found' : 'search.foundAtLeast', { turns: count('count.turns', turns), speakers: count('count.speakers', speakers) });
}

