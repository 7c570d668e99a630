/** A RIS record as citation-js's RIS plugin maps it (`format: 'object'`): tag → value(s). */
export type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * A RIS record as text, one `TAG  - value` line per value, `TY` first and `ER` last. The
 * plugin's own text output breaks every value after 70 characters, which cuts URLs in two
 * for reference managers that read the next line as a new value; here no value is broken.
 *
 * `risText({ TY: 'SOUND', AU: ['Putin, Vladimir'], TI: 'Title' })` →
 * `'TY  - SOUND\nAU  - Putin, Vladimir\nTI  - Title\nER  - '`
 */
export function risText(record: RisRecord): string {
  const lines = [`TY  - ${String(record['TY'])}`];
  for (const [tag, value] of Object.entries(record)) {
    if (tag === 'TY') continue;
    for (const one of [value].flat()) lines.push(`${tag}  - ${String(one)}`);
  }
  lines.push('ER  - ');
  return lines.join('\n');
}
