import { describeIssues, parseYaml, readFrontmatter } from '../utils/frontmatter';
import { transcriptSchema } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import { SourceError } from '../utils/source-error';
import { ImportError } from './import-problem';
import type { ParsedTranscript } from './parsed-transcript';
import { renderLikeTheSite } from './site-markdown';
import type { MarkdownFile } from './to-markdown';

/**
 * Proves a generated transcript file before it is written: its front matter passes the
 * loader's checks and reads back as written, and the site's own renderer turns it into the
 * same turns, speakers and paragraphs as the raw text, character for character. A file that
 * would fail the build, or render other words than were published, is never written. Errors
 * name the raw line the problem comes from.
 */
export async function checkMarkdown(file: MarkdownFile, transcript: ParsedTranscript): Promise<void> {
  const rawLineOf = (line: number | undefined) => (line === undefined ? undefined : file.rawLines[line - 1]);
  const frontmatter = readFrontmatter('generated.md', file.text);
  const data = transcriptSchema.safeParse(parseYaml('generated.md', frontmatter));
  if (!data.success) throw new ImportError(undefined, `the generated file has ${describeIssues('generated.md', frontmatter, data.error).reason}`);
  const expected = fieldsOf({ ...transcript.meta, speakers: transcript.speakers });

  let rendered: Awaited<ReturnType<typeof renderLikeTheSite>>;
  try {
    rendered = await renderLikeTheSite(file.text);
  } catch (error) {
    if (error instanceof SourceError) throw new ImportError(rawLineOf(error.line), `the imported text would not build: ${error.reason}`);
    throw error;
  }
  // Astro reads front matter with another YAML library than the loader; both must agree.
  for (const [reader, read] of [['the loader', data.data], ['Astro', rendered.frontmatter]] as const) {
    const actual = fieldsOf(read);
    if (actual !== expected) throw new ImportError(undefined, `${reader} reads the generated front matter as ${actual} instead of ${expected}`);
  }
  compareTurns(rendered.frontmatter['turns'] as Turn[], transcript);
}

/** The front matter fields that come from the raw text, as comparable JSON. */
function fieldsOf(data: Record<string, unknown>): string {
  const { title, date, place, summary, tags, speakers } = data;
  return JSON.stringify({
    title,
    date: date instanceof Date ? date.toISOString().slice(0, 10) : date,
    place,
    summary,
    tags: Array.isArray(tags) && tags.length > 0 ? tags : undefined,
    speakers: (speakers as { key: unknown; name: unknown; role?: unknown }[]).map(({ key, name, role }) => ({ key, name, role })),
  });
}

function compareTurns(records: Turn[], transcript: ParsedTranscript): void {
  transcript.turns.forEach((turn, index) => {
    const record = records[index];
    if (record?.speaker !== turn.speaker) {
      throw new ImportError(turn.line, `this turn renders as ${record ? `a turn of "${record.speaker}"` : 'no turn'} instead of a turn of "${turn.speaker}"`);
    }
    turn.paragraphs.forEach((paragraph, position) => {
      const block = record.blocks[position];
      const shown = block?.type === 'paragraph' ? block.text : block;
      if (shown !== paragraph.text) {
        throw new ImportError(paragraph.line, `this paragraph would render as ${JSON.stringify(shown)} instead of ${JSON.stringify(paragraph.text)}`);
      }
    });
    if (record.blocks.length !== turn.paragraphs.length) {
      throw new ImportError(turn.line, `this turn renders with ${record.blocks.length} paragraphs instead of ${turn.paragraphs.length}`);
    }
  });
  if (records.length !== transcript.turns.length) throw new ImportError(undefined, `the file renders ${records.length} turns instead of ${transcript.turns.length}`);
}
