import type { ImportNote } from './import-problem';
import type { Paragraph } from './normalise-text';
import type { FoundSpeaker } from './speaker-book';

/** One speaker turn: who speaks, and their paragraphs as printed. */
export interface ParsedTurn {
  speaker: string;
  /** The raw line of the turn's label. */
  line: number;
  /** The label as printed, without its colon and any note: "President of Russia Vladimir Putin". */
  label: string;
  paragraphs: Paragraph[];
}

/** What the importer read from a page: the event, its speakers and their turns. */
export interface ParsedTranscript {
  meta: {
    title: string;
    /** `YYYY-MM-DD` */
    date: string;
    place: string;
    shortLink: string | undefined;
    /** The page's address, if the page gives it (a URL above the title, a canonical link). */
    pageUrl: string | undefined;
    /** The paragraphs above the first turn, joined into one line; absent when the page starts with a turn. */
    summary: string | undefined;
    /** The page's topics. */
    tags: string[];
    /** The page's language, when it says. */
    lang: string | undefined;
  };
  speakers: FoundSpeaker[];
  turns: ParsedTurn[];
  /**
   * Every paragraph between the dateline and the end of the transcript, as the page printed
   * it, "* * *" left out: the words the summary and the turns must account for.
   */
  source: Paragraph[];
  /** Things a person should check, each with its raw line. */
  warnings: ImportNote[];
}
