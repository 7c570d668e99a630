import type { Speaker } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import { turnExcerpt } from './excerpt';
import { turnPath } from './paths';
import { plainLines } from './turn-text';

/** A turn's neighbour as a turn page links to it: where it is, who speaks, how it opens. */
export interface TurnNeighbour {
  href: string;
  name: string;
  opening: string;
}

/** Characters of a neighbour's opening. */
const OPENING_CHARS = 60;

/**
 * The link a turn page shows to the turn before or after it, if any: only these few words of
 * the neighbour are shown, so only they go into the page's props (and its `cacheKey`).
 */
export function turnNeighbour(slug: string, other: Turn | undefined, speakers: ReadonlyMap<string, Speaker>): TurnNeighbour | undefined {
  return other && { href: turnPath(slug, other.anchor), name: speakers.get(other.speaker)?.name ?? other.speaker, opening: turnExcerpt(plainLines(other.blocks), OPENING_CHARS) };
}
