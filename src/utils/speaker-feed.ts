import type { RSSFeedItem } from '@astrojs/rss';
import { t } from '../i18n/t';
import type { Turn } from '../schemas/turn';
import { turnPath } from './paths';
import { plainLines } from './turn-text';
import type { SpeakerEntry } from './speaker-index';

/** Turns in a speaker's feed: enough to catch up on after a busy week, and a bounded file. */
export const SPEAKER_FEED_TURNS = 50;

/**
 * The items of a speaker's feed (`/speakers/<key>/feed.xml`): their newest turns, newest
 * first (the latest transcript first, and its last turn first), each linking to the turn's
 * own page (a path, which the feed makes absolute) and carrying the turn's whole text. `turnOf` gives a listed turn; its blocks go in as one paragraph per line of text.
 *
 * A turn by Vladimir Putin, the 3rd of 25 in "News conference…" of 18 February 2022, becomes
 * `{ title: 'Vladimir Putin in “News conference…” (turn 3 of 25)', link: '/transcripts/<slug>/vladimir-putin-2/',
 * pubDate, description: '<opening>', content: '<p>…</p><p>…</p>' }`.
 */
export function speakerFeedItems(speaker: SpeakerEntry, turnOf: (slug: string, position: number) => Turn): RSSFeedItem[] {
  return speaker.turns
    .slice(-SPEAKER_FEED_TURNS)
    .reverse()
    .map((turn) => ({
      title: t('speaker.feedItem', { name: speaker.name, title: turn.title, position: turn.position, total: turn.turnsInTranscript }),
      link: turnPath(turn.slug, turn.anchor),
      pubDate: turn.date,
      description: turn.excerpt,
      content: plainLines(turnOf(turn.slug, turn.position).blocks).map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
    }));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
