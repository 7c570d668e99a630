import { describe, expect, test } from 'vitest';
import { isPhrase, readState, turnLink, wordsOf, writeState } from '../../src/browser/search-query';
import { containsPhrase } from '../../src/browser/search-turns';

describe('a query', () => {
  test.each([
    ['"Minsk Agreements"', true],
    ['  "Minsk Agreements" ', true],
    ['Minsk Agreements', false],
    ['"Minsk" Agreements', false],
    ['""', false],
  ])('%s is a phrase: %s', (query, phrase) => {
    expect(isPhrase(query)).toBe(phrase);
  });

  test('its words drop quotes and extra space', () => {
    expect(wordsOf('  "Minsk   Agreements" ')).toEqual(['Minsk', 'Agreements']);
  });

  test.each([
    [['Minsk', 'Agreements'], 'the\u00a0Minsk Agreements,', true],
    [['Belarusian', 'people'], 'the Belarusian people’s chances', true],
    [['belarusian', 'PEOPLE'], 'Belarusian people.', true],
    [['Minsk', 'Agreements'], 'Minsk and the agreements', false],
    [['Agreements', 'Minsk'], 'Minsk Agreements', false],
    [['people'], 'a Belarusian', false],
  ])('the words of %j are held as a phrase in “%s”: %s', (phrase, text, holds) => {
    expect(containsPhrase(text.split(/\s+/), phrase)).toBe(holds);
  });
});

describe('the link to a turn', () => {
  const url = '/transcripts/x/#vladimir-putin-1';

  test('carries each word to highlight, before the anchor', () => {
    expect(turnLink(url, 'Minsk Agreements')).toBe('/transcripts/x/?pagefind-highlight=Minsk&pagefind-highlight=Agreements#vladimir-putin-1');
  });

  test('carries a quoted phrase whole, without its quotes', () => {
    expect(turnLink(url, '"Minsk Agreements"')).toBe('/transcripts/x/?pagefind-highlight=Minsk%20Agreements#vladimir-putin-1');
  });

  test('encodes what the reader typed and keeps an existing query string', () => {
    expect(turnLink('/t/?a=1#p-1', 'R&D 50%')).toBe('/t/?a=1&pagefind-highlight=R%26D&pagefind-highlight=50%25#p-1');
  });

  test('is the plain address when there is nothing to highlight (a filter-only listing)', () => {
    expect(turnLink(url, '')).toBe(url);
  });
});

describe('the search in the URL', () => {
  test('reads the query and the known filters, ignoring empty and unknown ones', () => {
    expect(readState('?q=Minsk+Agreements&speaker=vladimir-putin&year=&colour=red')).toEqual({
      query: 'Minsk Agreements',
      filters: { speaker: 'vladimir-putin' },
    });
  });

  test('writes them back in a stable order, leaving out what is empty', () => {
    expect(writeState({ query: ' sanctions ', filters: { year: '2022', speaker: 'alexander-lukashenko' } })).toBe('?q=sanctions&speaker=alexander-lukashenko&year=2022');
    expect(writeState({ query: '', filters: {} })).toBe('');
  });

  test.each(['?q=%22Minsk+Agreements%22', '?q=R%26D&transcript=2022-02-18-russian-belarusian-talks', '?speaker=alyona-syrova&year=2022'])('%s round-trips', (search) => {
    expect(writeState(readState(search))).toBe(search);
  });
});
