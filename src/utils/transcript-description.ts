import type { Transcript } from '../schemas/transcript';
import { excerpt } from './excerpt';
import type { TurnOutline } from './turn-outline';

/** Characters of the first turn that stand in for a missing summary: a search result's length. */
const OPENING_CHARS = 160;

/**
 * What a transcript is about, in a line: its summary, or, for a page published without one
 * (an interview, a Direct Line), the opening words of its first turn, taken from the turns'
 * outlines (`outlinesOf`), so the feed of the archive reads no turn's text. Page descriptions,
 * Open Graph meta and the feed use it.
 *
 * `{ summary: undefined }` and a first turn outlined "Good afternoon, this is Direct Line…"
 * give "Good afternoon, this is Direct Line…".
 */
export function transcriptDescription(data: Pick<Transcript, 'summary' | 'title'>, outlines: readonly Pick<TurnOutline, 'excerpt'>[]): string {
  if (data.summary !== undefined) return data.summary;
  const first = outlines[0];
  return first ? excerpt(first.excerpt, OPENING_CHARS) : data.title;
}
