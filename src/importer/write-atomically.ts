import { existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { SourceError } from '../utils/source-error';

/**
 * Writes a file so that it is either all there or not there at all: the text goes to a
 * temporary file in the same folder, which then takes the file's name in one step. Without
 * `force` an existing file is never replaced, even one that appears while we write.
 */
export function writeAtomically(filePath: string, text: string, { force = false } = {}): void {
  const folder = dirname(filePath);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(filePath)}.${randomUUID().slice(0, 8)}.tmp`);
  writeFileSync(temporary, text, { flag: 'wx' });
  try {
    if (force) renameSync(temporary, filePath);
    else publishWithoutReplacing(temporary, filePath);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function publishWithoutReplacing(temporary: string, filePath: string): void {
  try {
    // A hard link fails when the name is taken, so no other writer is ever overwritten.
    linkSync(temporary, filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(filePath);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    // Some file systems have no hard links; a check right before the rename is the next best.
    if (existsSync(filePath)) throw alreadyExists(filePath);
    renameSync(temporary, filePath);
  }
}

export function alreadyExists(filePath: string): SourceError {
  return new SourceError(filePath, undefined, 'the file already exists: pass --force to replace it');
}
