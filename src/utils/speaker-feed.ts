import type { RSSFeedItem } from '@astrojs/rss';
import { t } from '../i18n/t';
import type { Turn } from '../schemas/turn';
import { turnPath } from './paths';
import { plainLines } from './turn-text';
import type { SpeakerEntry, SpeakerTurn } from './speaker-index';

/** Turns in a speaker's feed: enough to catch up on after a busy week, and a bounded file. */
export const SPEAKER_FEED_TURNS = 50;

/**
 * The items of a speaker's feed (`/speakers/<key>/feed.xml`): their newest turns
 * (`feedTurns`), each linking to the turn's own page (a path, which the feed makes absolute)
 * and carrying the turn's whole text. `turnOf` gives a listed turn; its blocks go in as one
 * paragraph per line of text.
 *
 * A turn by Vladimir Putin, the 3rd of 25 in "News conference…" of 18 February 2022, becomes
 * `{ title: 'Vladimir Putin in “News conference…” (turn 3 of 25)', link: '/transcripts/<slug>/vladimir-putin-2/',
 * pubDate, description: '<opening>', content: '<p>…</p><p>…</p>' }`.
 */
export function speakerFeedItems(name: string, turns: readonly SpeakerTurn[], turnOf: (slug: string, position: number) => Turn): RSSFeedItem[] {
  return turns.map((turn) => ({
    title: t('speaker.feedItem', { name, title: turn.title, position: turn.position, total: turn.turnsInTranscript }),
    link: turnPath(turn.slug, turn.anchor),
    pubDate: turn.date,
    description: turn.excerpt,
    content: plainLines(turnOf(turn.slug, turn.position).blocks).map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
  }));
}

/** The turns a speaker's feed lists, newest first (the latest transcript first, and its last turn first). */
export function feedTurns(speaker: SpeakerEntry): SpeakerTurn[] {
  return speaker.turns.slice(-SPEAKER_FEED_TURNS).reverse();
}

/**
 * Every turn the speakers' feeds list, in full, with each transcript's turns read once
 * (`turnsOf(slug)`): the feeds list the newest turns of hundreds of speakers, in no order of
 * transcript, and reading a transcript's turns for each would read the same files thousands
 * of times. `feedTurnLookup(speakers, turnsOf)('<slug>', 3)` → that transcript's 3rd turn.
 */
export function feedTurnLookup(speakers: readonly SpeakerEntry[], turnsOf: (slug: string) => readonly Turn[]): (slug: string, position: number) => Turn | undefined {
  const wanted = new Map<string, Set<number>>();
  for (const turn of speakers.flatMap(feedTurns)) wanted.set(turn.slug, (wanted.get(turn.slug) ?? new Set()).add(turn.position));
  const found = new Map<string, Turn>();
  for (const [slug, positions] of wanted) {
    const turns = turnsOf(slug);
    for (const position of positions) {
      const turn = turns[position - 1];
      if (turn) found.set(`${slug}#${position}`, turn);
    }
  }
  return (slug, position) => found.get(`${slug}#${position}`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
