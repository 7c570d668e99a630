import type { FileOutcome } from './import-file';

const STATUS: Record<FileOutcome['status'], string> = {
  written: 'written',
  unchanged: 'unchanged',
  kept: 'kept: another text is there (--force replaces it)',
  printed: 'printed',
  failed: 'failed',
};

/**
 * The summary a folder import ends with, one row per file:
 *
 * ```txt
 * file        slug                                 turns  speakers  result
 * a.txt       2022-02-18-russian-belarusian-talks      8         4  written, 1 warning
 * broken.txt  -                                        -         -  failed: broken.txt:3: this is not UTF-8 text
 * ```
 */
export function importTable(outcomes: readonly FileOutcome[]): string {
  const rows = outcomes.map((outcome) => [
    outcome.file,
    outcome.slug ?? '-',
    outcome.turns === undefined ? '-' : String(outcome.turns),
    outcome.speakers === undefined ? '-' : String(outcome.speakers.length),
    resultOf(outcome),
  ]);
  const header = ['file', 'slug', 'turns', 'speakers', 'result'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 2 || column === 3 ? cell.padStart(widths[column] ?? 0) : column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

function resultOf(outcome: FileOutcome): string {
  if (outcome.status === 'failed') return `failed: ${outcome.error ?? ''}`;
  const count = outcome.warnings.length;
  return count === 0 ? STATUS[outcome.status] : `${STATUS[outcome.status]}, ${count} warning${count === 1 ? '' : 's'}`;
}
