import { parse as parseYaml } from 'yaml';
import { readTurns } from '../../src/plugins/read-turns';
import { speakerSchema } from '../../src/schemas/transcript';

/**
 * Reads the turns of a Markdown file whose front matter may hold only `speakers` (and
 * `anchorAliases`), through the build's own `readTurns`. Lines in errors count from the body's
 * first line, and the file is `<input>`.
 */
export async function renderTranscript(source: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = (match ? parseYaml(match[1] ?? '') : {}) as Record<string, unknown>;
  const body = match ? source.slice(match[0].length).trim() : source;
  const speakers = speakerSchema.array().parse(frontmatter['speakers'] ?? []);
  const anchorAliases = (frontmatter['anchorAliases'] ?? {}) as Record<string, string>;
  const { turns, warnings } = await readTurns({ path: '', body, bodyOffset: 0, lineOf: () => undefined, data: { speakers, anchorAliases } });
  return { turns, messages: warnings };
}
