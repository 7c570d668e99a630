import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { breakableSpaces, breakableSpacesInHtml } from '../../src/utils/line-breaks';
import { SEED_FILE } from '../helpers/seed';

const NBSP = '\u00a0';

describe('breakableSpaces', () => {
  test.each([
    ['after a short word, a plain space', `in${NBSP}connection with`, 'in connection with'],
    ['between a date and its month, kept', `on${NBSP}27${NBSP}February`, `on 27${NBSP}February`],
    ['between a month and its day, kept', `until February${NBSP}20 in${NBSP}Belarus`, `until February${NBSP}20 in Belarus`],
    ['between an amount and its unit, kept', `to${NBSP}US$38.5${NBSP}billion`, `to US$38.5${NBSP}billion`],
    ['text without any, unchanged', 'Mr President, colleagues', 'Mr President, colleagues'],
  ])('%s', (_, input, output) => {
    expect(breakableSpaces(input)).toBe(output);
  });

  test('on the whole published seed: only no-break spaces beside a digit remain, and no other character changes', () => {
    const source = readFileSync(SEED_FILE, 'utf8');
    const result = breakableSpaces(source);
    expect(source.split(NBSP).length - 1).toBeGreaterThan(900);
    const kept = [...result.matchAll(/\u00a0/g)].map((match) => result.slice((match.index ?? 0) - 1, (match.index ?? 0) + 2));
    expect(kept.length).toBeGreaterThan(0);
    for (const around of kept) expect(around).toMatch(/\d\u00a0|\p{L}\u00a0\d/u);
    expect(result.replace(/\u00a0/g, ' ')).toBe(source.replace(/\u00a0/g, ' '));
  });
});

describe('breakableSpacesInHtml', () => {
  test('reads the no-break space in any of its HTML spellings, and leaves tags and other entities alone', () => {
    expect(breakableSpacesInHtml('in&#xA0;the <em>27&nbsp;February</em> &amp; on&#160;it')).toBe(`in the <em>27${NBSP}February</em> &amp; on it`);
  });
});
