import { expect, test } from 'vitest';
import { excerpt, turnExcerpt } from '../../src/utils/excerpt';
import { joinParagraphs } from '../../src/utils/paragraph-break';

test('a short text is kept whole, its white space folded', () => {
  expect(excerpt('  Let me go\nfirst.  ', 50)).toBe('Let me go first.');
});

test('a long text is cut at a word boundary, without trailing punctuation, and marked', () => {
  expect(excerpt('Mr President, colleagues, ladies and gentlemen', 20)).toBe('Mr President…');
  expect(excerpt('Mr President, colleagues, ladies and gentlemen', 26)).toBe('Mr President, colleagues…');
});

test('a single very long word is cut inside it', () => {
  expect(excerpt('Supercalifragilisticexpialidocious', 10)).toBe('Supercalif…');
});

test('a turn’s opening reads across its paragraphs', () => {
  expect(turnExcerpt(['STV Channel.', 'My question is addressed to both of you.'], 30)).toBe('STV Channel. My question is…');
});

test('a paragraph that ends mid-sentence is marked off from the next; one that closes its sentence is not', () => {
  expect(turnExcerpt(['Mr President, colleagues, ladies and gentlemen,', 'First of all, I would like to express my gratitude.'], 60)).toBe(
    'Mr President, colleagues, ladies and gentlemen, ¶ First of…',
  );
  expect(turnExcerpt(['Thank you.', '“Really?”', 'Yes'], 60)).toBe('Thank you. “Really?” Yes');
  // A cut never ends on the mark.
  expect(turnExcerpt(['ladies and gentlemen,', 'First of all'], 22)).toBe('ladies and gentlemen…');
});

test('a turn’s opening is the opening of all its paragraphs, however few of them it reads', () => {
  const long = `${'Word and   space, '.repeat(40)}\n${'  '.repeat(300)}then more words.`;
  const cases = [
    ['  Mr President,\ncolleagues,', '', 'ladies and   gentlemen,', 'First of all, I would like to express my gratitude.', 'x'.repeat(500)],
    [long, 'Second paragraph.'],
    [' '.repeat(900), 'After a paragraph of white space.'],
  ];
  for (const paragraphs of cases) {
    for (const maxChars of [5, 12, 13, 14, 30, 40, 60, 72, 200, 220, 1000]) {
      expect(turnExcerpt(paragraphs, maxChars)).toBe(excerpt(joinParagraphs(paragraphs), maxChars));
    }
  }
});
