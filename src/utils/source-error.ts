import { relative } from 'node:path';

/**
 * An error in a content file, told the way editors and compilers tell them:
 * `content/transcripts/x.md:42: message`. The line is left out when the problem has none
 * (a field that is missing altogether).
 */
export class SourceError extends Error {
  constructor(
    readonly filePath: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${displayPath(filePath)}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'SourceError';
  }
}

/** Paths are shown relative to the working directory, so a message is short and clickable. */
export function displayPath(filePath: string): string {
  if (!filePath.startsWith('/')) return filePath;
  const shown = relative(process.cwd(), filePath);
  return shown.startsWith('..') ? filePath : shown;
}
