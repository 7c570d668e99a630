import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { breakableSpaces } from '../../src/utils/line-breaks';
import { describe, expect, test } from 'vitest';
import { transcriptJsonSchema } from '../../src/schemas/transcript-json';
import { builtHtml, builtPage, DIST } from '../helpers/built-site';
import { SEED_FILE, SEED_SLUG } from '../helpers/seed';

const SITE = 'https://transcripts.example.org';
const CONTENT = join(import.meta.dirname, '..', '..', 'content', 'transcripts');
const slugs = readdirSync(CONTENT)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -3));
const transcript = builtPage(`/transcripts/${SEED_SLUG}/`);

describe('/transcripts/<slug>.json', () => {
  test.each(slugs)('%s matches the published schema', (slug) => {
    const json: unknown = JSON.parse(builtHtml(`/transcripts/${slug}.json`));
    expect(transcriptJsonSchema.safeParse(json).error).toBeUndefined();
  });

  test('holds the same turns, speakers and words as the transcript page', () => {
    const json = transcriptJsonSchema.parse(JSON.parse(builtHtml(`/transcripts/${SEED_SLUG}.json`)));
    const sections = selectAll('section.turn', transcript);
    expect(json.turns.map((turn) => [turn.anchor, turn.speaker])).toEqual(sections.map((turn) => [turn.properties['id'], turn.properties['dataSpeaker']]));
    json.turns.forEach((turn, index) => {
      const body = select('.turn-body', sections[index] as Element) as Element;
      // The page lets lines break after short words (see breakableSpaces); the data keeps the text as published.
      expect(turn.blocks.map((block) => block.type === 'paragraph' && breakableSpaces(block.text))).toEqual(selectAll('p', body).map((paragraph) => toText(paragraph)));
      expect(turn.url).toBe(`${SITE}/transcripts/${SEED_SLUG}/${turn.anchor}/`);
      expect(turn.contextUrl).toBe(`${SITE}/transcripts/${SEED_SLUG}/#${turn.anchor}`);
    });
    expect(json.speakers.map((speaker) => speaker.key)).toEqual(['vladimir-putin', 'alexander-lukashenko', 'andrei-kolesnikov', 'alyona-syrova']);
    expect(json).toMatchObject({ schemaVersion: 2, slug: SEED_SLUG, date: '2022-02-18', title: 'News conference following Russian-Belarusian talks' });
  });
});

describe('/transcripts/<slug>.md and .txt', () => {
  test('the Markdown is the source file, byte for byte', () => {
    expect(readFileSync(join(DIST, 'transcripts', `${SEED_SLUG}.md`))).toEqual(readFileSync(SEED_FILE));
  });

  test('the plain text reads "Speaker: text" for every turn', () => {
    const text = builtHtml(`/transcripts/${SEED_SLUG}.txt`);
    expect(text.startsWith('News conference following Russian-Belarusian talks\n18 February 2022, The Kremlin, Moscow\n')).toBe(true);
    const starts = [...text.matchAll(/^(Vladimir Putin|Alexander Lukashenko|Andrei Kolesnikov|Alyona Syrova): /gm)].map((match) => match[1]);
    expect(starts).toEqual(selectAll('section.turn .turn-speaker-name', transcript).map((name) => toText(name)));
  });

  test('the transcript page links to every download', () => {
    for (const format of ['json', 'txt', 'md']) expect(select(`a[href="/transcripts/${SEED_SLUG}.${format}"]`, transcript)).toBeTruthy();
    expect(select(`link[rel="alternate"][type="application/json"][href="/transcripts/${SEED_SLUG}.json"]`, transcript)).toBeTruthy();
  });
});

describe('/feed.xml', () => {
  const feed = builtHtml('/feed.xml');
  const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1] ?? '');

  test('is RSS 2.0 with one item per transcript, each linking to its page with its date', () => {
    expect(feed.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">')).toBe(true);
    expect(items.map((item) => /<link>(.*?)<\/link>/.exec(item)?.[1]).sort()).toEqual(slugs.map((slug) => `${SITE}/transcripts/${slug}/`).sort());
    expect(items[0]).toContain('<pubDate>Fri, 18 Feb 2022 00:00:00 GMT</pubDate>');
    expect(items[0]).toContain('<title>News conference following Russian-Belarusian talks</title>');
  });

  test('every page announces the feed', () => {
    expect(select('link[rel="alternate"][type="application/rss+xml"][href="/feed.xml"]', builtPage('/'))).toBeTruthy();
  });
});

describe('sitemap and robots.txt', () => {
  const pages = readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
    .map((file) => `${SITE}/${file.replace(/index\.html$/, '')}`);

  test('the sitemap lists every page, and only pages that exist', () => {
    const index = builtHtml('/sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => String(match[1]).replace(SITE, ''));
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((sitemap) => [...builtHtml(sitemap).matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]));
    expect(listed.sort()).toEqual(pages.sort());
    expect(listed).toContain(`${SITE}/transcripts/${SEED_SLUG}/vladimir-putin-2/`);
    expect(listed).toContain(`${SITE}/speakers/vladimir-putin/`);
  });

  test('robots.txt allows crawling and points at the sitemap', () => {
    expect(builtHtml('/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });
});

describe('the 404 page', () => {
  const page = builtPage('/404.html');

  test('says the page was not found and offers the ways on: home, search, speakers', () => {
    expect(toText(select('h1', page) as Element)).toBe('Page not found');
    const links = selectAll('main a', page).map((link) => link.properties['href']);
    expect(links).toEqual(expect.arrayContaining(['/', '/search/', '/speakers/']));
  });
});
