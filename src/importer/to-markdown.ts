import { stringify } from 'yaml';
import { transcriptSchema } from '../schemas/transcript';
import { escapeMarkdown } from './escape-markdown';
import type { ParsedTranscript } from './parsed-transcript';

/** The note for a page of the Kremlin's Russian site, which publishes the original. */
const RUSSIAN_NOTE = "The Russian text as the Kremlin published it.";

export interface MarkdownFile {
  /** The transcript file: front matter, then a `## speaker-key` heading per turn. */
  text: string;
  /** For each line of `text` (index 0 is line 1), the raw line it came from, if any. */
  rawLines: (number | undefined)[];
}

/**
 * Writes a parsed transcript in the format of `content/transcripts/`: the front matter that
 * `transcriptSchema` checks, then each turn as a `## speaker-key` heading followed by its
 * paragraphs, escaped so that they render exactly as published.
 */
export function toMarkdown(transcript: ParsedTranscript, source: string, originalUrl?: string): MarkdownFile {
  const { meta } = transcript;
  const frontmatter = {
    title: meta.title,
    date: meta.date,
    place: meta.place,
    source,
    ...(meta.shortLink !== undefined && meta.shortLink !== source ? { shortLink: meta.shortLink } : {}),
    ...(originalUrl === undefined ? {} : { originalUrl }),
    lang: meta.lang ?? transcriptSchema.shape.lang.parse(undefined),
    translationNote: meta.lang === 'ru' ? RUSSIAN_NOTE : transcriptSchema.shape.translationNote.parse(undefined),
    ...(meta.summary === undefined ? {} : { summary: meta.summary }),
    ...(meta.tags.length === 0 ? {} : { tags: meta.tags }),
    speakers: transcript.speakers.map(({ key, name, role }) => (role === undefined ? { key, name } : { key, name, role })),
  };
  const lines: string[] = ['---', ...stringify(frontmatter, { lineWidth: 0 }).trimEnd().split('\n'), '---'];
  const rawLines: (number | undefined)[] = lines.map(() => undefined);
  const add = (line: string, rawLine: number | undefined) => {
    lines.push('', line);
    rawLines.push(undefined, rawLine);
  };
  for (const turn of transcript.turns) {
    add(`## ${turn.speaker}`, turn.line);
    for (const paragraph of turn.paragraphs) add(escapeMarkdown(paragraph.text), paragraph.line);
  }
  return { text: `${lines.join('\n')}\n`, rawLines };
}
