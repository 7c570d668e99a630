import { readFileSync, statSync } from 'node:fs';
import { SourceError } from '../utils/source-error';

/**
 * Reads a raw transcript as UTF-8 text, or says plainly why it cannot: a missing file, a
 * folder, or bytes that are not UTF-8 text (with the line of the first bad byte).
 */
export function readRawFile(filePath: string): string {
  let bytes: Buffer;
  try {
    if (statSync(filePath).isDirectory()) throw new SourceError(filePath, undefined, 'this is a folder, not a text file: give the path of the raw transcript');
    bytes = readFileSync(filePath);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new SourceError(filePath, undefined, `cannot read the raw transcript: ${reason}`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new SourceError(filePath, lineAt(bytes, nul), 'this is not a text file: it holds NUL bytes');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = bytes.toString('utf8');
    const line = loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length;
    throw new SourceError(filePath, line, 'this is not UTF-8 text: save the file as UTF-8');
  }
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}
