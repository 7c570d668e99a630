import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes `file` in full or not at all: into a temporary file beside it, then renamed over it,
 * so a reader never sees half a file, even if the build is stopped while writing.
 *
 * `writeAtomically('cache/passages.json', '{…}')` → `cache/passages.json` holds the new text,
 * or still the old one.
 */
export function writeAtomically(file: string, contents: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}
