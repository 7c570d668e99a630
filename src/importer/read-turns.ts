import { detectLabel, type Label } from './detect-label';
import { ImportError, type ImportNote } from './import-problem';
import { plainText, type Paragraph } from './normalise-text';
import type { Page } from './page';
import type { ParsedTranscript, ParsedTurn } from './parsed-transcript';
import { SpeakerBook } from './speaker-book';

/** "* * *": the line kremlin.ru puts between the summary and the transcript. */
const SEPARATOR = /^(?:\* ?){3,}$/u;
/** Kremlin summaries run to a few paragraphs; a longer one may have swallowed turns. */
const MAX_SUMMARY_PARAGRAPHS = 3;

const isSeparator = (paragraph: Paragraph) => SEPARATOR.test(plainText(paragraph.text));

/**
 * Reads a page's paragraphs into a summary and speaker turns. The summary is what comes
 * before the first label, and may be absent: interviews, Direct Line and older pages start
 * with the first speaker. Each label starts a turn that runs to the next one; a label alone
 * on its line takes the paragraphs after it. Every paragraph of every turn is kept as printed,
 * so no word is lost or invented; only labels and metadata have their spaces normalised.
 * A paragraph that reads like a label never goes into the summary: it stops the import.
 */
export function readTurns(page: Page): ParsedTranscript {
  const warnings: ImportNote[] = [...page.warnings];
  const book = new SpeakerBook(countBareNames(page.content));
  const before: Paragraph[] = [...page.lead];
  const turns: ParsedTurn[] = [];

  for (const paragraph of page.content) {
    const match = detectLabel(paragraph.text, book.knownNames());
    if (match && 'label' in match) {
      const speaker = book.speakerFor(match.label, paragraph.line);
      const first = [match.label.note, match.label.rest].filter(Boolean).join(' ');
      turns.push({ speaker: speaker.key, line: paragraph.line, label: match.label.printed, paragraphs: first ? [{ line: paragraph.line, text: first }] : [] });
      continue;
    }
    if (match && turns.length === 0) {
      throw new ImportError(
        paragraph.line,
        `"${match.lookalike}:" reads like a speaker label before the first turn, but is no label the importer knows, so it cannot tell where the summary ends: put the speaker's name before the colon ("Name:" or "Title Name:"), or, if it is part of the summary, write the colon as a full stop`,
      );
    }
    if (match) {
      warnings.push({ line: paragraph.line, message: `"${match.lookalike}:" looks like a speaker label but was kept as text: it is no speaker seen before, no name after a title and no label such as "Question"` });
    }
    (turns.at(-1)?.paragraphs ?? before).push(paragraph);
  }

  if (turns.length === 0) {
    throw new ImportError(
      page.content[0]?.line ?? page.dateline.line,
      'no speaker labels: no paragraph after the dateline starts with a label such as "Vladimir Putin:" or "Question:"',
    );
  }
  for (const turn of turns) {
    if (turn.paragraphs.length === 0) throw new ImportError(turn.line, 'this speaker label has no text before the next label');
  }
  const firstTurn = turns[0]?.line ?? 0;
  return {
    meta: {
      title: plainText(page.title.text),
      date: page.dateline.date,
      place: page.dateline.place,
      shortLink: page.shortLink,
      pageUrl: page.pageUrl,
      summary: readSummary(before, warnings),
      tags: page.tags,
      lang: page.lang,
    },
    speakers: book.speakers,
    turns,
    source: [...page.lead, ...page.content.filter((paragraph) => paragraph.line >= firstTurn || !isSeparator(paragraph))],
    warnings: [...warnings, ...book.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

/** How often each name is a whole label on its own ("Vladimir Putin:"), across the transcript. */
function countBareNames(paragraphs: Paragraph[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    const match = detectLabel(paragraph.text, []);
    const label: Label | undefined = match && 'label' in match ? match.label : undefined;
    if (label?.kind === 'person' && label.role === undefined) counts.set(label.name, (counts.get(label.name) ?? 0) + 1);
  }
  return counts;
}

/** The summary: the paragraphs above the first turn, "* * *" left out, as one line of plain text. */
function readSummary(paragraphs: Paragraph[], warnings: ImportNote[]): string | undefined {
  const separator = paragraphs.findIndex(isSeparator);
  const text = paragraphs.filter((paragraph) => !isSeparator(paragraph));
  const afterSeparator = separator === -1 ? undefined : paragraphs.slice(separator + 1).find((paragraph) => !isSeparator(paragraph));
  if (afterSeparator) {
    warnings.push({ line: afterSeparator.line, message: 'this text comes after "* * *" but before the first speaker label, so it went into the summary' });
  }
  const overflow = text[MAX_SUMMARY_PARAGRAPHS];
  if (overflow && !afterSeparator) {
    warnings.push({ line: overflow.line, message: `the summary runs to ${text.length} paragraphs before the first speaker label: check that no turn went into it` });
  }
  return text.length === 0 ? undefined : text.map((paragraph) => plainText(paragraph.text)).join(' ');
}
