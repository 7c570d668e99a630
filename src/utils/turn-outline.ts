import type { Turn } from '../schemas/turn';
import { turnExcerpt } from './excerpt';
import { plainLines } from './turn-text';

/** Characters of a turn's opening shown on speaker pages. */
export const EXCERPT_CHARS = 220;

/**
 * What lists of turns across transcripts (a speaker's pages, the speaker index) show of a
 * turn: who, where, how long, and its opening; all but its text. The loader keeps it beside
 * the turns (`outlineFileOf`), so a build reads a few hundred bytes a turn, not the whole text.
 */
export type TurnOutline = Pick<Turn, 'anchor' | 'speaker' | 'position' | 'words'> & {
  /** The opening of the turn (see {@link EXCERPT_CHARS}). */
  excerpt: string;
};

/**
 * A turn's outline, from the turn itself.
 *
 * `turnOutline({ anchor: 'vladimir-putin-2', speaker: 'vladimir-putin', position: 4, words:
 * 512, blocks: [{ type: 'paragraph', text: 'Mr Lukashenko, friends, …' }], … })` → `{ anchor:
 * 'vladimir-putin-2', speaker: 'vladimir-putin', position: 4, words: 512, excerpt: 'Mr
 * Lukashenko, friends, …' }`
 */
export function turnOutline(turn: Turn): TurnOutline {
  return { anchor: turn.anchor, speaker: turn.speaker, position: turn.position, words: turn.words, excerpt: turnExcerpt(plainLines(turn.blocks), EXCERPT_CHARS) };
}
