import { detectLabel, type Label } from './detect-label';
import { ImportError, type ImportNote } from './import-problem';
import { plainText, splitParagraphs, type Paragraph } from './normalise-text';
import { SpeakerBook, type FoundSpeaker } from './speaker-book';
import { stripChrome } from './strip-chrome';

/** One speaker turn: who speaks, and their paragraphs as printed. */
export interface ParsedTurn {
  speaker: string;
  /** The raw line of the turn's label. */
  line: number;
  paragraphs: Paragraph[];
}

/** What the importer read from a raw page: the event, its speakers and their turns. */
export interface ParsedTranscript {
  meta: {
    title: string;
    /** `YYYY-MM-DD` */
    date: string;
    place: string;
    shortLink: string | undefined;
    /** The page's address, if the editor pasted it above the title. */
    pageUrl: string | undefined;
    summary: string;
  };
  speakers: FoundSpeaker[];
  turns: ParsedTurn[];
  /** Things a person should check, each with its raw line. */
  warnings: ImportNote[];
}

/** "* * *": the line kremlin.ru puts between the summary and the transcript. */
const SEPARATOR = /^(?:\* ?){3,}$/u;

/**
 * Reads the text of a kremlin.ru transcript page, pasted as it is, into a transcript. The
 * paragraphs before the first speaker label are the summary; each label starts a turn that
 * runs to the next one. Every paragraph of every turn is kept as printed, so no word is lost
 * or invented; only labels and metadata have their spaces normalised.
 */
export function parseTranscript(raw: string): ParsedTranscript {
  const paragraphs = splitParagraphs(raw);
  if (paragraphs.length === 0) throw new ImportError(1, 'the file is empty: paste the text of a kremlin.ru transcript page into it');
  const page = stripChrome(paragraphs);
  const warnings: ImportNote[] = [...page.warnings];
  const book = new SpeakerBook(countBareNames(page.content));
  const before: Paragraph[] = [];
  const turns: ParsedTurn[] = [];

  for (const paragraph of page.content) {
    const match = detectLabel(paragraph.text, book.knownNames());
    if (match && 'label' in match) {
      const speaker = book.speakerFor(match.label, paragraph.line);
      const first = [match.label.note, match.label.rest].filter(Boolean).join(' ');
      turns.push({ speaker: speaker.key, line: paragraph.line, paragraphs: first ? [{ line: paragraph.line, text: first }] : [] });
      continue;
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
  return {
    meta: {
      title: plainText(page.title.text),
      date: page.dateline.date,
      place: page.dateline.place,
      shortLink: page.shortLink,
      pageUrl: page.pageUrl,
      summary: readSummary(before, turns[0]?.line ?? page.dateline.line, warnings),
    },
    speakers: book.speakers,
    turns,
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
function readSummary(paragraphs: Paragraph[], firstTurnLine: number, warnings: ImportNote[]): string {
  const separator = paragraphs.findIndex((paragraph) => SEPARATOR.test(plainText(paragraph.text)));
  const text = paragraphs.filter((paragraph) => !SEPARATOR.test(plainText(paragraph.text)));
  const afterSeparator = separator === -1 ? undefined : paragraphs.slice(separator + 1).find((paragraph) => !SEPARATOR.test(plainText(paragraph.text)));
  if (afterSeparator) {
    warnings.push({ line: afterSeparator.line, message: 'this text comes after "* * *" but before the first speaker label, so it went into the summary' });
  }
  if (text.length === 0) {
    throw new ImportError(firstTurnLine, 'no summary: the page has no paragraph between the dateline and the first speaker label');
  }
  return text.map((paragraph) => plainText(paragraph.text)).join(' ');
}
