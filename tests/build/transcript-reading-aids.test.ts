import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { transcriptJsonSchema } from '../../src/schemas/transcript-json';
import { builtHtml, builtPage } from '../helpers/built-site';
import { SEED_SLUG } from '../helpers/seed';

const page = builtPage(`/transcripts/${SEED_SLUG}/`);
const json = transcriptJsonSchema.parse(JSON.parse(builtHtml(`/transcripts/${SEED_SLUG}.json`)));
const anchors = json.turns.map((turn) => turn.anchor);
const number = (value: unknown) => Number(value);

describe('the conversation chart', () => {
  const strip = select('svg.chart-turns', page) as Element;
  const shares = select('svg.chart-shares', page) as Element;

  test('draws one segment per turn, in order, each linking to its turn', () => {
    expect(selectAll('a', strip).map((link) => link.properties['href'])).toEqual(anchors.map((anchor) => `#${anchor}`));
  });

  test('makes each segment as wide as its turn is long, filling the strip', () => {
    const rects = selectAll('rect', strip);
    const widths = rects.map((rect) => number(rect.properties['width']));
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(1000, 1);
    const longest = json.turns.reduce((best, turn, index) => (turn.words > (json.turns[best]?.words ?? 0) ? index : best), 0);
    expect(Math.max(...widths)).toBe(widths[longest]);
    // Edges are whole units of the strip's 1,000, so a width is within a unit or two of its share.
    const expected = ((widths[longest] ?? 0) * (json.turns[0]?.words ?? 0)) / (json.turns[longest]?.words ?? 1);
    expect(Math.abs((widths[0] ?? 0) - expected)).toBeLessThanOrEqual(2);
  });

  test('draws the share of words per speaker as one bar, with a colour per speaker', () => {
    const rects = selectAll('rect', shares);
    expect(rects).toHaveLength(json.speakers.length);
    const total = json.words;
    rects.forEach((rect, index) => expect(Math.abs(number(rect.properties['width']) - (1000 * (json.speakers[index]?.words ?? 0)) / total)).toBeLessThanOrEqual(1));
    expect(new Set(rects.map((rect) => String(rect.properties['className'])))).toHaveProperty('size', json.speakers.length);
  });

  test('has a text alternative: a table of every speaker with turns, words and share, the drawings hidden', () => {
    const rows = selectAll('table.legend tbody tr', page).map((row) => selectAll('.name, td', row).map((cell) => toText(cell)));
    expect(rows).toEqual(json.speakers.map((speaker) => [speaker.name, String(speaker.turns), speaker.words.toLocaleString('en'), expect.stringMatching(/%$/)]));
    expect(strip.properties['ariaHidden']).toBe('true');
    expect(shares.properties['ariaHidden']).toBe('true');
    for (const link of selectAll('a', strip)) expect(link.properties['tabIndex']).toBe(-1);
  });

  test('gives colours as CSS custom properties, not fixed fills, so dark mode and print can change them', () => {
    for (const rect of selectAll('rect', page)) {
      expect(rect.properties['fill']).toBeUndefined();
      const classes = (rect.properties['className'] as string[]).filter((name) => !name.startsWith('astro-'));
      expect(classes).toEqual([expect.stringMatching(/^speaker-\d$/)]);
    }
  });
});

describe('the contents', () => {
  test('lists every turn with its speaker and first words, linking to its anchor', () => {
    const entries = selectAll('.turn-contents li a', page);
    expect(entries.map((entry) => entry.properties['href'])).toEqual(anchors.map((anchor) => `#${anchor}`));
    expect(toText(entries[3] as Element)).toMatch(/^Vladimir Putin\s+Let me go first, if you do not mind\./);
    expect(toText(select('.turn-contents summary', page) as Element)).toBe('Contents: 8 turns');
  });
});

describe('turn actions', () => {
  test('each turn header has an empty <turn-actions>, so no button shows without JavaScript', () => {
    const actions = selectAll('section.turn > header > turn-actions', page);
    expect(actions).toHaveLength(anchors.length);
    for (const element of actions) expect(element.children).toEqual([]);
  });

  test('the transcript’s citation data is on the page once, not per turn', () => {
    const article = select('article.transcript', page) as Element;
    expect(article.properties).toMatchObject({
      dataTranscriptUrl: `https://transcripts.example.org/transcripts/${SEED_SLUG}/`,
      dataTitle: 'News conference following Russian-Belarusian talks',
      dataDate: '2022-02-18',
      dataPlace: 'The Kremlin, Moscow',
      dataSlug: SEED_SLUG,
    });
  });
});

test('reading aids stay out of the search index, so a search finds turns, not their summaries', () => {
  for (const selector of ['.speakers', '.turn-contents', 'turn-keys', 'quote-share', '#turn-actions-strings', '.downloads', '.print-only']) {
    expect(select(selector, page)?.properties['dataPagefindIgnore'], selector).toBe('all');
  }
});
