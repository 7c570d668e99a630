import { describe, expect, test } from 'vitest';
import { quoteUrl, textDirective, wholeWordQuote } from '../../src/utils/text-fragment';

describe('text directive for a selected quote', () => {
  test('a short quote is written out whole, with words of context either side', () => {
    expect(textDirective({ before: 'Let me repeat what I just said: ', blocks: ['we do not want war'], after: '. Thank you.' })).toBe(
      'text=I%20just%20said%3A-,we%20do%20not%20want%20war,-.%20Thank%20you.',
    );
  });

  test('a selection at the edges of a paragraph has no context on that side', () => {
    expect(textDirective({ before: '', blocks: ['Let me go first'], after: '' })).toBe('text=Let%20me%20go%20first');
  });

  test('a selection that starts or ends inside a word is widened to whole words', () => {
    expect(textDirective({ before: 'Let me rep', blocks: ['eat what I ju'], after: 'st said' })).toBe('text=Let%20me-,repeat%20what%20I%20just,-said');
  });

  test('a long quote is given by its first and last words', () => {
    const quote = 'Russia and Belarus are good neighbours, close allies and strategic partners.';
    expect(textDirective({ before: 'As both sides have stressed many times, ', blocks: [quote], after: ' We are' })).toBe(
      'text=stressed%20many%20times%2C-,Russia%20and%20Belarus%20are,allies%20and%20strategic%20partners.,-We%20are',
    );
  });

  test('a quote across paragraphs starts in the first and ends in the last', () => {
    expect(textDirective({ before: 'Mr President, ', blocks: ['colleagues, ladies and gentlemen,', 'First of all, I would like to express my'], after: ' gratitude' })).toBe(
      'text=Mr%20President%2C-,colleagues%2C%20ladies%20and%20gentlemen%2C,like%20to%20express%20my,-gratitude',
    );
  });

  test('a selection ending at the start of the next paragraph ends in the previous one', () => {
    expect(textDirective({ before: '', blocks: ['Let me go first.', ''], after: 'Next paragraph' })).toBe('text=Let%20me%20go%20first.');
  });

  test('hyphens, commas and ampersands are encoded, since they are the directive’s syntax', () => {
    expect(textDirective({ before: '', blocks: ['Russian-Belarusian talks, R&D'], after: '' })).toBe('text=Russian%2DBelarusian%20talks%2C%20R%26D');
  });

  test('white space, non-breaking spaces included, is folded', () => {
    expect(textDirective({ before: '', blocks: ['US$38.5\u00a0billion  in\ntrade'], after: '' })).toBe('text=US%2438.5%20billion%20in%20trade');
  });

  test('a selection without a word gives nothing', () => {
    expect(textDirective({ before: 'war', blocks: [' — '], after: 'peace' })).toBeUndefined();
    expect(textDirective({ before: '', blocks: [], after: '' })).toBeUndefined();
  });

  test('the quote link is the turn in context followed by the directive', () => {
    expect(quoteUrl('https://x.org/transcripts/t/#vladimir-putin-2', { before: '', blocks: ['Let me go first'], after: ', if you' })).toBe(
      'https://x.org/transcripts/t/#vladimir-putin-2:~:text=Let%20me%20go%20first,-%2C%20if%20you',
    );
  });
});

test('the quote as the link gives it: whole words, folded white space, no empty edge blocks', () => {
  expect(wholeWordQuote({ before: '', blocks: ['Let me go  first.', ''], after: 'Next paragraph' })).toEqual({ before: '', blocks: ['Let me go first.'], after: '' });
  expect(wholeWordQuote({ before: 'war', blocks: [' — '], after: 'peace' })).toBeUndefined();
  expect(wholeWordQuote({ before: 'I just did not pay attention to it. The', blocks: ['re is a lot of fake new'], after: 's, and' })).toEqual({
    before: 'I just did not pay attention to it. ',
    blocks: ['There is a lot of fake news'],
    after: ', and',
  });
});

test('widening stops at punctuation but keeps an apostrophe inside a word', () => {
  expect(wholeWordQuote({ before: 'consideration of each ot', blocks: ['her'], after: '’s interests.' })?.blocks).toEqual(['other’s']);
  expect(wholeWordQuote({ before: 'an in-dep', blocks: ['th discussion'], after: '' })?.blocks).toEqual(['depth discussion']);
});

test('a selection starting just after an apostrophe takes in the whole word', () => {
  expect(wholeWordQuote({ before: 'each other’', blocks: ['s interests'], after: '.' })).toEqual({ before: 'each ', blocks: ['other’s interests'], after: '.' });
});
