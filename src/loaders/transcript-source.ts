import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { transcriptSchema } from '../schemas/transcript';
import { SourceError } from '../utils/source-error';
import { describeIssues, parseYaml, readFrontmatter } from '../utils/frontmatter';

/**
 * The largest transcript file the build accepts (default 2 MiB). A four-hour press conference
 * is about 0.3 MB of text; a file many times that is almost always a paste mistake, and as one
 * page it would be too heavy to read on a phone.
 */
export const MAX_TRANSCRIPT_BYTES = 2 * 1024 * 1024;

/** Every transcript file under `dir`, as the glob loader's `**\/*.md` finds them (dot folders skipped). */
export function transcriptFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }).map(String);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.md') && !name.split(sep).some((part) => part.startsWith('.')))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Checks a transcript file before Astro reads it: size, encoding, front matter fence, YAML and
 * schema, each problem reported as `file:line: reason`. Astro's own front matter reader would
 * otherwise stop at invalid YAML with its own message, and accept a binary file.
 */
export function checkTranscriptFile(filePath: string, maxBytes = MAX_TRANSCRIPT_BYTES): void {
  const text = decodeTranscript(filePath, readFileSync(filePath), maxBytes);
  const frontmatter = readFrontmatter(filePath, text);
  const result = transcriptSchema.safeParse(parseYaml(filePath, frontmatter));
  if (!result.success) throw describeIssues(filePath, frontmatter, result.error);
}

/** The file's text, if it is UTF-8 text of a sensible size. */
export function decodeTranscript(filePath: string, bytes: Uint8Array, maxBytes = MAX_TRANSCRIPT_BYTES): string {
  const lineAt = (offset: number) => bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  if (bytes.length > maxBytes) {
    throw new SourceError(
      filePath,
      lineAt(maxBytes),
      `the file is ${megabytes(bytes.length)}, over the ${megabytes(maxBytes)} a transcript may have (it passes the limit on this line): split a very long event into parts, or check that nothing else was pasted in`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new SourceError(filePath, lineAt(nul), 'the file is not text: it holds a NUL byte (is it a binary file named .md?)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new SourceError(filePath, line, 'the file is not UTF-8 text: save it as UTF-8');
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
