import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { builtPage } from '../helpers/built-site';
import { SEED_SLUG } from '../helpers/seed';

const SITE = 'https://transcripts.example.org';
const TRANSCRIPT = `/transcripts/${SEED_SLUG}/`;
const transcript = builtPage(TRANSCRIPT);
const turns = selectAll('section.turn', transcript).map((turn) => ({
  anchor: String(turn.properties['id']),
  speaker: String(turn.properties['dataSpeaker']),
  text: words(select('.turn-body', turn) as Element),
}));

function words(element: Element | Root): string[] {
  return toText(element, { whitespace: 'normal' }).split(/\s+/u).filter(Boolean);
}
const meta = (page: Root, attribute: 'property' | 'name', key: string) =>
  selectAll('meta', page).find((element) => element.properties[attribute] === key)?.properties['content'];

describe.each(turns.map((turn, index) => [turn.anchor, turn, index] as const))('the page of turn %s', (anchor, turn, index) => {
  const path = `${TRANSCRIPT}${anchor}/`;
  const page = builtPage(path);

  test('holds the whole turn, word for word as on the transcript page', () => {
    expect(words(select('.turn-body', page) as Element)).toEqual(turn.text);
    expect(select('section.turn', page)?.properties['id']).toBe(anchor);
    expect(select('section.turn', page)?.properties['dataSpeaker']).toBe(turn.speaker);
  });

  test('names the speaker and the transcript’s title, date and place', () => {
    const heading = select('h1', page) as Element;
    expect(toText(select('.turn-speaker-name', heading) as Element)).toBe(toText(select(`#${anchor} .turn-speaker-name`, transcript) as Element));
    const source = toText(select('.turn-source', page) as Element);
    expect(source).toContain('News conference following Russian-Belarusian talks');
    expect(source).toContain('18 February 2022');
    expect(source).toContain('The Kremlin, Moscow');
    expect(source).toContain(`Turn ${index + 1} of ${turns.length}`);
  });

  test('has a canonical link and link-preview meta, the description opening the quote', () => {
    const canonical = `${SITE}${path}`;
    expect(select('link[rel="canonical"]', page)?.properties['href']).toBe(canonical);
    expect(meta(page, 'property', 'og:url')).toBe(canonical);
    expect(meta(page, 'property', 'og:type')).toBe('article');
    expect(meta(page, 'property', 'og:title')).toContain('News conference following Russian-Belarusian talks');
    const description = String(meta(page, 'name', 'description'));
    // A paragraph that ends mid-sentence is marked off from the next by a ¶ (see paragraphGlue).
    const opening = description.replace(/…$/, '').split(/\s+/u).filter((word) => word !== '¶');
    // The cut may drop the punctuation after the last word it keeps.
    expect(opening.slice(0, -1)).toEqual(turn.text.slice(0, opening.length - 1));
    expect(turn.text[opening.length - 1]?.startsWith(opening.at(-1) ?? '')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(201);
    expect(meta(page, 'property', 'og:description')).toBe(description);
    expect(meta(page, 'name', 'twitter:card')).toBe('summary');
    // X falls back to og:title and og:description; the page does not say them twice.
    expect(meta(page, 'name', 'twitter:description')).toBeUndefined();
  });

  test('links to the previous turn, the next turn and the turn in context', () => {
    const previous = turns[index - 1];
    const next = turns[index + 1];
    expect(select('a[rel="prev"]', page)?.properties['href']).toBe(previous ? `${TRANSCRIPT}${previous.anchor}/` : undefined);
    expect(select('a[rel="next"]', page)?.properties['href']).toBe(next ? `${TRANSCRIPT}${next.anchor}/` : undefined);
    const inContext = selectAll('a', page).find((link) => toText(link) === 'Read in context');
    expect(inContext?.properties['href']).toBe(`${TRANSCRIPT}#${anchor}`);
  });

  test('links to the speaker’s page and to the search filtered to the speaker', () => {
    expect(select(`a[href="/speakers/${turn.speaker}/"]`, page)).toBeTruthy();
    expect(select(`a[href="/search/?speaker=${turn.speaker}"]`, page)).toBeTruthy();
  });

  test('is kept out of the search index: everything in main is under data-pagefind-ignore="all"', () => {
    const main = select('main', page) as Element;
    const children = main.children.filter((child): child is Element => child.type === 'element' && child.tagName !== 'script');
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) expect(child.properties['dataPagefindIgnore'], child.tagName).toBe('all');
  });
});
