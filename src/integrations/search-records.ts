import type { Transcript } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import { isoDate } from '../utils/format-date';
import { turnText } from '../utils/turn-text';

/**
 * One speaker turn as Pagefind indexes it: a record of its own, so that every search
 * result, filter and count is about a turn, never about a whole page.
 */
export interface TurnSearchRecord {
  /** The turn's address from the site's root: `/transcripts/<slug>/#vladimir-putin-2`. */
  url: string;
  /** The turn's words as published, one line per paragraph. */
  content: string;
  /**
   * Searched as well as shown: `title` is the speaker's name (Pagefind ranks title matches
   * highest, so `Lukashenko` puts his own turns first) and `role` their post.
   */
  meta: { title: string; role?: string };
  /**
   * Filters narrow a search (`speaker`, `transcript`, `year`). Pagefind never searches filter
   * values, so the transcript's title and date ride along here too: as metadata they would
   * make every turn of a transcript match a word of its title or "2022".
   */
  filters: {
    speaker: [string];
    transcript: [string];
    year: [string];
    'transcript-title': [string];
    date: [string];
  };
}

/**
 * The search records of a transcript, one per turn: a function of its front matter and its
 * turns, the only producer of search records. The first turn of the seed transcript gives `{ url: '/transcripts/2022-02-18-russian-belarusian-talks/#vladimir-putin-1',
 * content: 'Mr President, colleagues, …', meta: { title: 'Vladimir Putin', role: 'President of
 * Russia' }, filters: { speaker: ['vladimir-putin'], … } }`. A
 * role is shown on a speaker's first turn only; every record of that speaker carries it.
 */
export function turnRecordsOf(slug: string, data: Transcript, turns: readonly Turn[], pageUrl = `/transcripts/${slug}/`): TurnSearchRecord[] {
  const speakers = new Map(data.speakers.map((speaker) => [speaker.key, speaker]));
  const date = isoDate(data.date);
  return turns.map((turn) => {
    const speaker = speakers.get(turn.speaker);
    if (!speaker) throw new Error(`${slug}: turn #${turn.anchor} is by "${turn.speaker}", who is not declared`);
    return {
      url: `${pageUrl}#${turn.anchor}`,
      content: turnText(turn),
      meta: speaker.role ? { title: speaker.name, role: speaker.role } : { title: speaker.name },
      filters: { speaker: [turn.speaker], transcript: [slug], year: [date.slice(0, 4)], 'transcript-title': [data.title], date: [date] },
    };
  });
}
