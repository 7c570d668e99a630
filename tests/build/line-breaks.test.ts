import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { builtPage, DIST } from '../helpers/built-site';
import { SEED_FILE, SEED_SLUG } from '../helpers/seed';

const NBSP = /\u00a0/g;
const count = (text: string) => text.match(NBSP)?.length ?? 0;
const published = count(readFileSync(SEED_FILE, 'utf8'));

describe('no-break spaces', () => {
  test('the data files keep every one as published', () => {
    for (const format of ['json', 'txt', 'md']) {
      expect(count(readFileSync(join(DIST, 'transcripts', `${SEED_SLUG}.${format}`), 'utf8')), format).toBe(published);
    }
  });

  test('the transcript page keeps only those beside a number, so lines break after short words', () => {
    const text = selectAll('.turn-body', builtPage(`/transcripts/${SEED_SLUG}/`)).map((body) => toText(body)).join('\n');
    expect(published).toBeGreaterThan(900);
    expect(count(text)).toBeGreaterThan(0);
    expect(count(text)).toBeLessThan(published / 10);
    expect(text).toContain('in connection with the necessary preparations');
    expect(text).toContain('February\u00a027');
  });
});
