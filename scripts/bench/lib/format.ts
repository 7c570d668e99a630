/** Figures as people read them: `1,234`, `12.3 s`, `456 KB`, `1.2 GB`. */
export const count = (n: number) => Math.round(n).toLocaleString('en');
export const seconds = (s: number) => (Number.isFinite(s) ? `${s.toFixed(s < 10 ? 2 : 1)} s` : '–');
export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '–');

export function bytes(n: number): string {
  if (!Number.isFinite(n)) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** A two-column table: label, then value, in a box of plain text for a terminal or a README. */
export function table(title: string, rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return [title, '-'.repeat(title.length), ...rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`)].join('\n');
}
