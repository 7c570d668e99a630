import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { builtPage, DIST } from './built-site';

export interface BuiltTurn {
  anchor: string;
  speaker: string;
  /** The turn's spoken words, lower case, every run of white space (non-breaking too) one space. */
  text: string;
  /** Its paragraphs, as `text` is, but keeping their case. */
  paragraphs: string[];
}

/**
 * The turns of a built transcript page, read straight from its HTML: the ground truth that
 * search results are checked against.
 */
export function builtTurns(urlPath: string, dist = DIST): BuiltTurn[] {
  return selectAll('section.turn', builtPage(urlPath, dist)).map((turn) => ({
    anchor: String(turn.properties['id']),
    speaker: String(turn.properties['dataSpeaker']),
    text: toText(select('.turn-body', turn) ?? turn).toLowerCase().replace(/\s+/gu, ' '),
    paragraphs: selectAll('.turn-body p', turn).map((paragraph) => toText(paragraph).replace(/\s+/gu, ' ').trim()),
  }));
}
