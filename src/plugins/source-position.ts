import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { SourceError, displayPath } from '../utils/source-error';

declare module 'vfile' {
  interface DataMap {
    /**
     * How many file lines come before the Markdown body (the front matter's): positions in the
     * tree count from the body's first line, and messages point at the line an editor sees.
     */
    bodyOffset: number;
    /** The file line of a front matter field, such as `['anchorAliases', 'x-1']` (see `TranscriptFile`). */
    frontmatterLine: (path: readonly (string | number)[]) => number | undefined;
  }
}

/** Stops the build with `file:line: reason`, the line being where `node` starts. */
export function failAt(file: VFile, node: Node | undefined, reason: string): never {
  const line = node?.position?.start.line;
  throw new SourceError(file.path || '<input>', line === undefined ? undefined : line + (file.data.bodyOffset ?? 0), reason);
}

/** Reports a problem that does not stop the build. */
export function warnAbout(file: VFile, reason: string): void {
  const message = `${displayPath(file.path || '<input>')}: warning: ${reason}`;
  file.message(reason);
  console.warn(message);
}

/** Stops the build with `file:line: reason`, the line being that of a front matter field. */
export function failAtFrontmatter(file: VFile, path: (string | number)[], reason: string): never {
  throw new SourceError(file.path || '<input>', file.data.frontmatterLine?.(path), reason);
}
