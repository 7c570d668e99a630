import { stringify } from 'yaml';

/**
 * Text that Markdown shows exactly as written: every character that could start emphasis, a
 * link, HTML, code or a heading is escaped, and so is a leading list marker. A generated
 * sentence such as `1. <b>` then renders as the words it holds, never as markup.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&]/g, '\\$&').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+])(?=\s|$)/, '\\$1');
}

export interface TranscriptFile {
  /** The front matter, in the shape of `src/schemas/transcript.ts`. */
  frontmatter: Record<string, unknown>;
  /** Each turn: the speaker's key and its paragraphs of plain text. */
  turns: readonly { speaker: string; paragraphs: readonly string[] }[];
}

/** A transcript file as an editor would write it: front matter, then `## speaker-key` turns. */
export function transcriptMarkdown({ frontmatter, turns }: TranscriptFile): string {
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  const body = turns.map((turn) => [`## ${turn.speaker}`, ...turn.paragraphs.map(escapeMarkdown)].join('\n\n')).join('\n\n');
  return `---\n${yaml}---\n\n${body}\n`;
}
