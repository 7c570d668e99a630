import type { PagefindRecord, PagefindResult, PagefindSubResult } from './pagefind-client';
import type { RecordReader } from './record-reader';
import { shardSession, type ShardSession } from './search-shards';
import { isPhrase, turnLink, wordsOf, writeState, type SearchState } from './search-query';
import { tokensOf } from '../utils/words';

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
  /**
   * The speaker's other matching turns in that transcript, as a search that lists them; `count`
   * when they are all known (the speaker's turns there are one passage).
   */
  more?: { count: number | undefined; href: string };
}

/**
 * What a search found, best first. Each result is a passage of one speaker's turns in one
 * transcript (each turn a sub-result: see `SearchPassage`), shown as its best turn. Within one transcript (the `transcript` filter set)
 * every matching turn is shown: `expanded`.
 */
export interface TurnMatches {
  state: SearchState;
  /** Each result as the query's words found it, so every turn that holds them is seen. */
  results: PagefindResult[];
  /** The query's words as a phrase, when it has several or is quoted; turns that hold it come first. */
  phrase: string[] | null;
  /** A quoted query: only turns that hold the phrase. */
  phraseOnly: boolean;
  expanded: boolean;
  /** How many results each year holds, for the years searched so far (see `searched`). */
  perYear: Record<string, number>;
  /** The years (shards of the index) searched so far, newest first. */
  searched: string[];
  /** The years not searched yet, newest first: older ones, reached when more results are wanted. */
  remaining: string[];
  /** `2025-10`, when the search has reached only part of its oldest year, from that month on (`ShardSession.since`). */
  since: string | undefined;
  /** Reads the records of results, apart from any other search's (`RecordReader`). */
  reader: RecordReader;
}

/**
 * Runs a search: the query's words (all of them must occur in the speaker's turns in a
 * transcript, or in their name or role), narrowed by the filters. For a query of several
 * words, results that hold them as a phrase rank first: `Minsk Agreements` puts the turn
 * that names the Minsk Agreements above turns that say "Minsk" in one place and "agreements"
 * in another. A quoted query finds the phrase only. With filters and no words, every speaker
 * that passes the filters, in reading order, newest transcript first.
 *
 * Pagefind reports only the first place a phrase occurs in a record, so which turns hold the
 * phrase is read from the places of its words (`rankedTurns`), not from the phrase search.
 *
 * The index is one Pagefind bundle per year (`ShardSession`). The search starts with the
 * newest year (or the year filter's alone) and yields its results, then reaches twice as many
 * older years each time until it has `enough` results or has searched every year; each step
 * yields the results so far, merged by Pagefind's score, so the page paints as each answers.
 */
export async function* searchTurns(state: SearchState, enough: number): AsyncGenerator<TurnMatches> {
  const session = await shardSession(state.filters.year);
  // Within one transcript (`expanded`) the first shard that answers holds all of its turns.
  const wanted = state.filters.transcript ? 1 : enough;
  for (;;) {
    const matches = await matchesIn(session, state);
    yield matches;
    if (matches.results.length >= wanted || session.shardsLeft === 0) return;
    // Twice as many shards each time: twenty years are searched in five steps.
    await session.widen(Math.max(1, session.shardsSearched));
  }
}

/**
 * The same search reaching further back: twice as many years as so far, or every year left
 * (for the mentions-over-time chart).
 */
export async function searchOlderYears(state: SearchState, everyYear = false): Promise<TurnMatches> {
  const session = await shardSession(state.filters.year);
  await session.widen(everyYear ? Number.POSITIVE_INFINITY : Math.max(1, session.shardsSearched));
  return matchesIn(session, state);
}

/** A search over the shards `session` has reached. */
async function matchesIn(session: ShardSession, state: SearchState): Promise<TurnMatches> {
  const term = state.query.trim();
  const expanded = Boolean(state.filters.transcript);
  // Read once the search has reached its shards: the first search opens the first one.
  const reached = () => ({ searched: session.searched, remaining: session.remaining, since: session.since, reader: session.reader });
  // Without a year filter, one that lets every year through: Pagefind then counts results per
  // year (it counts only the filters a search loads), for the mentions-over-time chart.
  const filters = state.filters.year ? state.filters : { ...state.filters, year: { any: session.years } };
  if (!term) {
    const listing = await session.search(null, { filters, sort: { order: 'asc' } });
    return { state, results: listing?.results ?? [], phrase: null, phraseOnly: false, expanded, perYear: listing?.filters?.['year'] ?? {}, ...reached() };
  }
  const words = wordsOf(term);
  const phraseOnly = isPhrase(term);
  const phrase = phraseOnly || words.length > 1 ? words : null;
  const options = { filters };
  const [all, together] = await Promise.all([session.search(words.join(' '), options), phrase ? session.search(`"${words.join(' ')}"`, options) : null]);
  const results = all?.results ?? [];
  const holding = new Set((together?.results ?? []).map((result) => result.id));
  const first = results.filter((result) => holding.has(result.id));
  const perYear = (phraseOnly ? together : all)?.filters?.['year'] ?? {};
  return { state, results: phraseOnly ? first : [...first, ...results.filter((result) => !holding.has(result.id))], phrase, phraseOnly, expanded, perYear, ...reached() };
}

/** The turns of `count` results from `start` on: each result's best turn, or all its turns when expanded. */
export async function loadHits(matches: TurnMatches, start: number, count: number): Promise<TurnHit[]> {
  const chosen = matches.results.slice(start, start + count);
  const records = await matches.reader.read(chosen);
  const hitOf = (record: PagefindRecord, turn: Turn): TurnHit => ({
    href: turnLink(turn.url, matches.state.query),
    speaker: record.meta['title'] ?? '',
    role: record.meta['role'],
    transcript: record.meta['transcript-title'] ?? '',
    date: record.meta['date'] ?? '',
    excerpt: turn.excerpt,
    clipped: clippedSides(turn.text, turn.plainExcerpt),
  });
  const turnsOf = (record: PagefindRecord) => matchingTurns(record, matches);
  if (matches.expanded) {
    // Every turn of the transcript's speakers, best first across speakers (a stable sort:
    // listed without search words, each speaker's turns stay in reading order).
    const turns = records.flatMap((record) => turnsOf(record).map((turn) => ({ record, turn })));
    return turns.sort((a, b) => b.turn.score - a.turn.score).map(({ record, turn }) => hitOf(record, turn));
  }
  return records.flatMap((record) => {
    const [best, ...others] = turnsOf(record);
    if (!best) return [];
    const speaker = record.filters['speaker']?.[0];
    const transcript = record.filters['transcript']?.[0];
    // A long part is split into passages (`PASSAGE_WORDS`); other passages may match too.
    const whole = (record.meta['parts'] ?? '1') === '1';
    if ((whole && others.length === 0) || !speaker || !transcript) return [hitOf(record, best)];
    // The year takes the search straight to the transcript's shard.
    const year = record.filters['year']?.[0];
    const state = { query: matches.state.query, filters: { ...matches.state.filters, speaker, transcript, ...(year ? { year } : {}) } };
    return [{ ...hitOf(record, best), more: { count: whole ? others.length : undefined, href: writeState(state) } }];
  });
}

/** The turns of a result's record that the search found, best first (see `rankedTurns`). */
export function matchingTurns(record: PagefindRecord, { state, phrase, phraseOnly }: TurnMatches): Turn[] {
  return rankedTurns(record, phrase, phraseOnly, state.query.trim() !== '');
}

interface Turn {
  url: string;
  /** The whole turn's words. */
  text: string;
  excerpt: string;
  plainExcerpt: string;
  /** Higher is better: holding the phrase first, then the weight of the words found. */
  score: number;
}

/**
 * A record's turns, best first: those holding the phrase, then by the weight of the words
 * found in them (with `phraseOnly`, only those holding the phrase). Without search words (a
 * filter-only listing), every turn in reading order, each excerpted from its start. A record
 * `searched` for words that Pagefind gives no sub-result (the words are in the speaker's name
 * or role alone) stands for its first turn.
 */
function rankedTurns(record: PagefindRecord, phrase: string[] | null, phraseOnly: boolean, searched: boolean): Turn[] {
  // Pagefind counts locations in words of the content as split at white space.
  const words = tokensOf(record.content);
  const anchors = [...record.anchors].sort((a, b) => a.location - b.location);
  const rangeOf = (url: string): [number, number] => {
    const id = url.slice(url.indexOf('#') + 1);
    const at = anchors.findIndex((anchor) => anchor.id === id);
    const anchor = anchors[at];
    return anchor ? [anchor.location, anchors[at + 1]?.location ?? words.length] : [0, 0];
  };
  const textAt = (url: string): string => words.slice(...rangeOf(url)).join(' ');
  const opening = (url: string) => {
    const plain = textAt(url).split(' ').slice(0, OPENING_WORDS).join(' ');
    return { excerpt: plain.replace(/</g, '&lt;').replace(/>/g, '&gt;'), plainExcerpt: plain };
  };
  if (record.sub_results.length === 0) {
    return (searched ? anchors.slice(0, 1) : anchors).map((anchor) => {
      const url = `${record.url.slice(0, record.url.indexOf('#'))}#${anchor.id}`;
      return { url, text: textAt(url), ...opening(url), score: 0 };
    });
  }
  const holdsPhrase = (url: string): boolean => (phrase ? containsPhrase(words.slice(...rangeOf(url)), phrase) : false);
  const weight = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  // A match in the speaker's name or role (before the first turn, no anchor) stands for the
  // first turn: it keeps its weight, and shows the turn's own excerpt or else its opening.
  const byUrl = new Map<string, { sub: PagefindSubResult; weight: number }>();
  for (const sub of record.sub_results) {
    const kept = byUrl.get(sub.url);
    const own = sub.anchor ? sub : kept?.sub.anchor ? kept.sub : sub;
    byUrl.set(sub.url, { sub: own, weight: Math.max(weight(sub), kept?.weight ?? 0) });
  }
  return [...byUrl.values()]
    .map(({ sub, weight: score }) => ({ sub, score, holds: holdsPhrase(sub.url) }))
    .filter(({ holds }) => holds || !phraseOnly)
    .map(({ sub, score, holds }) => ({
      url: sub.url,
      text: textAt(sub.url) || sub.plain_excerpt,
      ...(sub.anchor ? { excerpt: sub.excerpt, plainExcerpt: sub.plain_excerpt } : opening(sub.url)),
      score: (holds ? PHRASE_FIRST : 0) + score,
    }))
    .sort((a, b) => b.score - a.score);
}

/** Above any weight of words: a turn that holds the phrase outranks every one that does not. */
const PHRASE_FIRST = 1e12;

/**
 * Whether `words` hold `phrase` word after word, as Pagefind matches a phrase: case and
 * punctuation aside, each word starting with the phrase's (`people’s` holds `people`).
 */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  const fold = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const wanted = phrase.map(fold).filter(Boolean);
  const folded = words.map(fold);
  if (wanted.length === 0) return false;
  return folded.some((_, start) => wanted.every((word, offset) => folded[start + offset]?.startsWith(word) ?? false));
}

/** Words shown of a turn listed without search words, as long as Pagefind's excerpts. */
const OPENING_WORDS = 30;

function clippedSides(content: string, excerpt: string): { start: boolean; end: boolean } {
  const plain = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
  const [whole, part] = [plain(content), plain(excerpt)];
  return { start: !whole.startsWith(part.slice(0, 40)), end: !whole.endsWith(part.slice(-40)) };
}

/** Warms Pagefind's index for what is being typed, ahead of the (debounced) search. */
export function preloadTerm(state: SearchState): void {
  if (state.query.trim()) void shardSession(state.filters.year).then((session) => session.preload(state.query));
}
