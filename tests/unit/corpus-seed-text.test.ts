import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { spokenParagraphs } from '../../src/tooling/corpus/seed-text';
import { SEED_TEXT } from '../../src/tooling/corpus/write-corpus';

test('keeps the speech of a raw Kremlin page and drops chrome, titles and speaker labels', () => {
  const paragraphs = spokenParagraphs(`View settings

Font size:

News   /

News conference following Russian-Belarusian talks

February 18, 2022, The Kremlin, Moscow

President of the Republic of Belarus Alexander Lukashenko: Mr Putin, we did not invade Ukraine, and the poor things are so upset.

Vladimir Putin: Let me go first, if you do not mind.

Let me repeat what I just said: we do not want a war, and we never did.
`);
  expect(paragraphs).toEqual([
    'Mr Putin, we did not invade Ukraine, and the poor things are so upset.',
    'Let me go first, if you do not mind.',
    'Let me repeat what I just said: we do not want a war, and we never did.',
  ]);
});

test('reads the real seed text (in ../shared/sources/) into its spoken paragraphs', () => {
  const paragraphs = spokenParagraphs(readFileSync(SEED_TEXT, 'utf8'));
  expect(paragraphs.length).toBeGreaterThan(60);
  expect(paragraphs[0]).toBe('Vladimir Putin and President of Belarus Alexander Lukashenko held a joint news conference following Russian-Belarusian talks.');
  expect(paragraphs).toContain('Let me go first, if you do not mind.');
  expect(paragraphs.join(' ')).not.toMatch(/View settings|Official website|Vladimir Putin: /);
});

test('reads a transcript Markdown file the same way, without front matter or turn headings', () => {
  const paragraphs = spokenParagraphs('---\ntitle: x\n---\n\n## vladimir-putin\n\nMr President, colleagues, ladies and gentlemen, welcome.\n');
  expect(paragraphs).toEqual(['Mr President, colleagues, ladies and gentlemen, welcome.']);
});
