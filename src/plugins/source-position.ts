import { readFileSync } from 'node:fs';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { frontmatterLine, readFrontmatter } from '../utils/frontmatter';
import { SourceError, displayPath } from '../utils/source-error';

/**
 * Astro hands the Markdown pipeline the body without its front matter, so positions in the
 * tree count from the body's first line. This finds how many lines of the file come before
 * it, so that messages point at the line an editor sees.
 */
function bodyLineOffset(file: VFile): number {
  if (!file.path) return 0;
  let source: string;
  try {
    source = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  const start = source.indexOf(String(file.value));
  return start <= 0 ? 0 : source.slice(0, start).split('\n').length - 1;
}

/** Stops the build with `file:line: reason`, the line being where `node` starts. */
export function failAt(file: VFile, node: Node | undefined, reason: string): never {
  const line = node?.position?.start.line;
  throw new SourceError(file.path || '<input>', line === undefined ? undefined : line + bodyLineOffset(file), reason);
}

/** Reports a problem that does not stop the build. */
export function warnAbout(file: VFile, reason: string): void {
  const message = `${displayPath(file.path || '<input>')}: warning: ${reason}`;
  file.message(reason);
  console.warn(message);
}

/** Stops the build with `file:line: reason`, the line being that of a front matter field. */
export function failAtFrontmatter(file: VFile, path: (string | number)[], reason: string): never {
  let line: number | undefined;
  try {
    line = frontmatterLine(readFrontmatter(file.path, readFileSync(file.path, 'utf8')), path);
  } catch {
    line = undefined;
  }
  throw new SourceError(file.path || '<input>', line, reason);
}
