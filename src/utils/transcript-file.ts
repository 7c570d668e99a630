import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { ZodError } from 'zod';
import { transcriptSchema, type Transcript } from '../schemas/transcript';
import { SourceError } from './source-error';

/**
 * The largest transcript file the build accepts (default 2 MiB). A four-hour press conference
 * is about 0.3 MB of text; a file many times that is almost always a paste mistake, and as one
 * page it would be too heavy to read on a phone.
 */
export const MAX_TRANSCRIPT_BYTES = 2 * 1024 * 1024;

/**
 * A transcript file, read once: its front matter parsed by one YAML reader and validated by
 * the schema, its Markdown body, and the lines of both in the file. Everything after this (the
 * Markdown plugins, the loader's checks, the anchors script, the importer's proof) uses this,
 * never the file's text again.
 */
export interface TranscriptFile {
  /** The file's path, as given. */
  path: string;
  /** The whole text, for the content digest. */
  text: string;
  /** The front matter as the schema normalised it. */
  data: Transcript;
  /** The Markdown after the front matter. */
  body: string;
  /** How many file lines come before the body: a body line plus this is a file line. */
  bodyOffset: number;
  /** The file line of a front matter field (`['anchorAliases', 'x-1']`), or of its deepest part the YAML has. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Every transcript file under `dir`, as `**\/*.md` finds them (dot folders skipped), sorted. */
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

/** Reads and checks a transcript file: size, encoding, front matter, YAML and schema (see {@link parseTranscript}). */
export function readTranscriptFile(path: string, maxBytes = MAX_TRANSCRIPT_BYTES): TranscriptFile {
  return parseTranscript(path, decodeTranscript(path, readFileSync(path), maxBytes));
}

/**
 * A transcript's text read as a {@link TranscriptFile}. Every problem is a `SourceError` with
 * the file and line: a missing fence, invalid YAML, a field the schema refuses (all of them,
 * one line each).
 */
export function parseTranscript(path: string, text: string): TranscriptFile {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw new SourceError(path, 1, 'the file is empty: a transcript starts with front matter between "---" lines');
  if (source.includes('\u0000')) throw new SourceError(path, 1, 'the file is not text (it holds NUL bytes)');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) throw new SourceError(path, 1, 'missing front matter: the first line must be "---", and the block must end with a "---" line');
  const yaml = parseYaml(path, match[1] ?? '');
  const result = transcriptSchema.safeParse(yaml.document.toJS());
  if (!result.success) throw describeIssues(path, yaml, result.error);
  return {
    path,
    text,
    // Copied, so that no string in it is a slice of the file's text: V8 keeps the whole text of
    // a sliced string's parent alive, and the data store holds the front matter for the whole
    // build (about 1 GB of raw Markdown at 10,000 transcripts, measured in a heap snapshot).
    data: structuredClone(result.data),
    body: source.slice(match[0].length),
    bodyOffset: match[0].split('\n').length - 1,
    lineOf: (fieldPath) => lineOf(yaml, fieldPath),
  };
}

/** The file's text, if it is UTF-8 text of a sensible size. */
export function decodeTranscript(path: string, bytes: Uint8Array, maxBytes = MAX_TRANSCRIPT_BYTES): string {
  const lineAt = (offset: number) => bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  if (bytes.length > maxBytes) {
    throw new SourceError(
      path,
      lineAt(maxBytes),
      `the file is ${megabytes(bytes.length)}, over the ${megabytes(maxBytes)} a transcript may have (it passes the limit on this line): split a very long event into parts, or check that nothing else was pasted in`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new SourceError(path, lineAt(nul), 'the file is not text: it holds a NUL byte (is it a binary file named .md?)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const decoded = new TextDecoder('utf-8').decode(bytes);
    const line = decoded.slice(0, decoded.indexOf('\uFFFD')).split('\n').length;
    throw new SourceError(path, line, 'the file is not UTF-8 text: save it as UTF-8');
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The YAML of a front matter block, which starts on the file's second line. */
interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

const FIRST_YAML_LINE = 2;

/** The front matter read as YAML 1.2 (duplicate keys refused); a syntax error names its line. */
function parseYaml(path: string, yaml: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { uniqueKeys: true, lineCounter });
  const [error] = document.errors;
  if (error) {
    // YAML notices an unclosed quote only where the text ends; the value that holds the
    // error point starts where the editor has to look.
    const start = (error.code === 'MISSING_CHAR' ? innermostNodeStart(document, error.pos[0]) : undefined) ?? error.pos[0];
    const line = lineCounter.linePos(start).line + FIRST_YAML_LINE - 1;
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new SourceError(path, line, `invalid YAML in the front matter: ${reason}`);
  }
  return { document, lineCounter };
}

/** Where the innermost YAML value around `offset` starts. */
function innermostNodeStart(document: Document.Parsed, offset: number): number | undefined {
  let start: number | undefined;
  visit(document, (_key, node) => {
    if (isNode(node) && node.range && node.range[0] <= offset && offset <= node.range[2]) start = node.range[0];
  });
  return start;
}

/**
 * Turns a zod error into one message per problem, each with the line of the YAML key or
 * value it concerns, so the editor can go straight to it.
 */
function describeIssues(path: string, yaml: ParsedYaml, error: ZodError): SourceError {
  const lines = error.issues.map((issue) => {
    const fieldPath = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    // An unknown field is reported on its own line; a missing one on its parent's, or on the
    // opening "---" when it belongs at the top.
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...fieldPath, issue.keys[0]] : fieldPath;
    const line = lineOf(yaml, at) ?? FIRST_YAML_LINE - 1;
    const field = fieldPath.join('.') || '(front matter)';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return { line, text: `${field}: ${missing ? 'is required' : issue.message}` };
  });
  const first = lines[0];
  const rest = lines.slice(1).map((entry) => `\n  line ${entry.line}: ${entry.text}`);
  return new SourceError(path, first?.line, `invalid front matter: ${first?.text ?? error.message}${rest.join('')}`);
}

function lineOf({ document, lineCounter }: ParsedYaml, fieldPath: readonly (string | number)[]): number | undefined {
  return yamlLine(document, lineCounter, fieldPath, FIRST_YAML_LINE);
}

/** The file line of the deepest part of `fieldPath` that a YAML document has; its text starts on `firstLine`. */
export function yamlLine(document: Document, lineCounter: LineCounter, fieldPath: readonly (string | number)[], firstLine: number): number | undefined {
  for (let depth = fieldPath.length; depth > 0; depth--) {
    const node = document.getIn(fieldPath.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
  }
  return undefined;
}
