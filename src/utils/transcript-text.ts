import type { Transcript } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import { formatDate } from './format-date';
import { printedBlocks } from './turn-text';

/**
 * The transcript as plain text, the way transcripts are traditionally printed: a heading block,
 * then each turn as "Speaker: text", its further blocks on their own lines (list items after
 * `- ` or their number, quotes after `> `), a blank line between blocks. Lines end with `\n`.
 */
export function transcriptText(data: Transcript, turns: readonly Turn[], pageUrl: string): string {
  const names = new Map(data.speakers.map((speaker) => [speaker.key, speaker.name]));
  const summary = data.summary === undefined ? [] : [data.summary, ''];
  const original = data.originalUrl === undefined ? [] : [`Russian original: ${data.originalUrl}`];
  const heading = [data.title, `${formatDate(data.date)}, ${data.place}`, '', ...summary, `Source: ${data.source}`, ...original, data.translationNote, `Online: ${pageUrl}`];
  const body = turns.map((turn) => {
    const [first = '', ...rest] = printedBlocks(turn.blocks);
    return [`${names.get(turn.speaker) ?? turn.speaker}: ${first}`, ...rest].join('\n\n');
  });
  return `${[heading.join('\n'), ...body].join('\n\n')}\n`;
}
