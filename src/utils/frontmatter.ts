import { isNode, LineCounter, parseDocument, visit } from 'yaml';
import type { ZodError } from 'zod';
import { SourceError } from './source-error';

/**
 * Front matter as written in a Markdown file: the YAML between the opening and the closing
 * `---`, and the file line the YAML starts on.
 */
export interface RawFrontmatter {
  yaml: string;
  firstLine: number;
}

/** Finds the front matter block, or explains why a file has none. */
export function readFrontmatter(filePath: string, source: string): RawFrontmatter {
  const text = source.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new SourceError(filePath, 1, 'the file is empty: a transcript starts with front matter between "---" lines');
  if (text.includes('\u0000')) throw new SourceError(filePath, 1, 'the file is not text (it holds NUL bytes)');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) throw new SourceError(filePath, 1, 'missing front matter: the first line must be "---", and the block must end with a "---" line');
  return { yaml: match[1] ?? '', firstLine: 2 };
}

/** The front matter's data, read as YAML 1.2; a syntax error names its line. */
export function parseYaml(filePath: string, frontmatter: RawFrontmatter): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(frontmatter.yaml, { uniqueKeys: true, lineCounter });
  const [error] = document.errors;
  if (error) {
    // YAML notices an unclosed quote only where the text ends; the value that holds the
    // error point starts where the editor has to look.
    const start = (error.code === 'MISSING_CHAR' ? innermostNodeStart(document, error.pos[0]) : undefined) ?? error.pos[0];
    const line = lineCounter.linePos(start).line + frontmatter.firstLine - 1;
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new SourceError(filePath, line, `invalid YAML in the front matter: ${reason}`);
  }
  return document.toJS();
}

/** Where the innermost YAML value around `offset` starts. */
function innermostNodeStart(document: ReturnType<typeof parseDocument>, offset: number): number | undefined {
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
export function describeIssues(filePath: string, frontmatter: RawFrontmatter, error: ZodError): SourceError {
  const lineCounter = new LineCounter();
  const document = parseDocument(frontmatter.yaml, { lineCounter });
  const lines = error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    // An unknown field is reported on its own line; a missing one on its parent's, or on the
    // opening "---" when it belongs at the top.
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
    const line = lineOf(document, lineCounter, at, frontmatter.firstLine) ?? frontmatter.firstLine - 1;
    const field = path.join('.') || '(front matter)';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return { line, text: `${field}: ${missing ? 'is required' : issue.message}` };
  });
  const first = lines[0];
  const rest = lines.slice(1).map((entry) => `\n  line ${entry.line}: ${entry.text}`);
  return new SourceError(filePath, first?.line, `invalid front matter: ${first?.text ?? error.message}${rest.join('')}`);
}

/** The file line of a front matter field, such as `['anchorAliases', 'x-1']`, if the YAML has it. */
export function frontmatterLine(frontmatter: RawFrontmatter, path: (string | number)[]): number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(frontmatter.yaml, { lineCounter });
  return lineOf(document, lineCounter, path, frontmatter.firstLine);
}

/** The file line of the deepest part of `path` that the YAML has. */
export function lineOf(
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  path: (string | number)[],
  firstLine: number,
): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const node = document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
  }
  return undefined;
}
