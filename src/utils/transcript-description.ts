import type { Transcript } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import { turnExcerpt } from './excerpt';
import { plainLines } from './turn-text';

/** Characters of the first turn that stand in for a missing summary: a search result's length. */
const OPENING_CHARS = 160;

/**
 * What a transcript is about, in a line: its summary, or, for a page published without one
 * (an interview, a Direct Line), the opening words of its first turn. Page descriptions, Open
 * Graph meta and the feed use it.
 *
 * `{ summary: undefined }` and a first turn "Good afternoon, this is Direct Line…" give
 * "Good afternoon, this is Direct Line…".
 */
export function transcriptDescription(data: Pick<Transcript, 'summary' | 'title'>, turns: readonly Pick<Turn, 'blocks'>[]): string {
  if (data.summary !== undefined) return data.summary;
  const first = turns[0];
  return first ? turnExcerpt(plainLines(first.blocks), OPENING_CHARS) : data.title;
}
