import { realAddress } from './real-address';

/**
 * What the client scripts know about a turn, read from the page: the transcript's metadata on
 * the nearest `[data-transcript-url]` element, and the turn's own `section.turn`.
 */
export interface TurnContext {
  turn: HTMLElement;
  anchor: string;
  speaker: string;
  /** The transcript page, absolute, at the origin the reader can reach (see `realAddress`). */
  transcriptUrl: string;
  /** The turn's own page: its permalink. */
  permalink: string;
  /** The turn's anchor on the transcript page. */
  inContext: string;
  title: string;
  place: string;
  /** The day of the event, `YYYY-MM-DD`. */
  date: string;
  slug: string;
}

export function turnContext(inside: Element): TurnContext | undefined {
  const turn = inside.closest<HTMLElement>('.turn[id]');
  const transcript = inside.closest<HTMLElement>('[data-transcript-url]');
  if (!turn || !transcript) return undefined;
  const data = transcript.dataset;
  const transcriptUrl = realAddress(data['transcriptUrl'] ?? '');
  return {
    turn,
    anchor: turn.id,
    speaker: turn.querySelector('.turn-speaker-name')?.textContent?.trim() ?? '',
    transcriptUrl,
    permalink: `${transcriptUrl}${turn.id}/`,
    inContext: `${transcriptUrl}#${turn.id}`,
    title: data['title'] ?? '',
    place: data['place'] ?? '',
    date: data['date'] ?? '',
    slug: data['slug'] ?? '',
  };
}
