import { ImportError } from './import-problem';
import { plainText } from './normalise-text';
import type { ParsedTranscript } from './parsed-transcript';

interface Word {
  text: string;
  line: number;
}

/** Words as the check compares them: split at any space, a label's closing colon set aside. */
const wordsOf = (text: string, line: number): Word[] =>
  text
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => ({ text: word.replace(/:$/u, ''), line }))
    .filter((word) => word.text !== '');

/**
 * Proves that no word was lost, moved or doubled: the words of every paragraph the page
 * prints between the dateline and the end of the transcript (`transcript.source`) come back,
 * in order and exactly once, as the summary followed by each turn's label and paragraphs.
 * A failure names the first paragraph whose words are not accounted for.
 *
 * A source `Thank you.` / `Vladimir Putin: Good.` is accounted for by a summary "Thank you."
 * and a turn labelled "Vladimir Putin" holding "Good."; a summary that had swallowed the turn,
 * or a turn that dropped "Good.", is refused at the line of the paragraph.
 */
export function accountWords(transcript: ParsedTranscript): void {
  const source = transcript.source.flatMap((paragraph) => wordsOf(paragraph.text, paragraph.line));
  const summaryLine = transcript.source[0]?.line ?? 0;
  const produced = [
    ...wordsOf(transcript.meta.summary ?? '', summaryLine),
    ...transcript.turns.flatMap((turn) => [...wordsOf(turn.label, turn.line), ...turn.paragraphs.flatMap((paragraph) => wordsOf(paragraph.text, paragraph.line))]),
  ];
  const length = Math.max(source.length, produced.length);
  for (let index = 0; index < length; index++) {
    const expected = source[index];
    const actual = produced[index];
    if (expected?.text === actual?.text) continue;
    if (!expected) throw new ImportError(actual?.line, `the import holds words the page does not have here: "${excerptFrom(produced, index)}"`);
    const paragraph = transcript.source.find((candidate) => candidate.line === expected.line);
    throw new ImportError(
      expected.line,
      `words of this paragraph are not in the summary or a turn, in order, exactly once: expected "${excerptFrom(source, index)}" but the import has ${
        actual ? `"${excerptFrom(produced, index)}"` : 'nothing more'
      } (the paragraph reads "${plainText(paragraph?.text ?? '').slice(0, 80)}")`,
    );
  }
}

function excerptFrom(words: Word[], index: number): string {
  return words
    .slice(index, index + 6)
    .map((word) => word.text)
    .join(' ');
}
