import { readdirSync } from 'node:fs';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { builtHtml, builtPage, DIST } from '../helpers/built-site';

const PATH = '/transcripts/2022-02-18-russian-belarusian-talks/';
const html = builtHtml(PATH);
const page = builtPage(PATH);
const turns = selectAll('section.turn', page);

describe('the transcript page', () => {
  test('has readable, unique anchors that name the speaker', () => {
    expect(turns.map((turn) => turn.properties['id'])).toEqual([
      'vladimir-putin-1',
      'alexander-lukashenko-1',
      'andrei-kolesnikov-1',
      'vladimir-putin-2',
      'alexander-lukashenko-2',
      'alyona-syrova-1',
      'vladimir-putin-3',
      'alexander-lukashenko-3',
    ]);
    const ids = selectAll('[id]', page).map((element) => element.properties['id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('#vladimir-putin-2 is Putin’s second turn, his answer to Kolesnikov', () => {
    const turn = select('#vladimir-putin-2', page) as Element;
    expect(turn.properties['dataSpeaker']).toBe('vladimir-putin');
    expect(toText(turn)).toContain('Let me go first, if you do not mind.');
  });

  test('each turn has a keyboard-reachable permalink to itself', () => {
    for (const turn of turns) {
      const link = select('a.turn-permalink', turn);
      expect(link?.properties['href']).toBe(`#${String(turn.properties['id'])}`);
    }
  });

  test('the role shows with a speaker’s first turn only', () => {
    const roles = turns.map((turn) => select('.turn-speaker-role', turn)).map((role) => (role ? toText(role) : null));
    expect(roles).toEqual([
      'President of Russia',
      'President of the Republic of Belarus',
      'Kommersant newspaper correspondent',
      null,
      null,
      'STV Channel',
      null,
      null,
    ]);
  });

  test('shows the metadata, the source link with the translation note, and the speakers', () => {
    const header = toText(select('.transcript-header', page) as Element);
    expect(header).toContain('News conference following Russian-Belarusian talks');
    expect(header).toContain('18 February 2022');
    expect(header).toContain('The Kremlin, Moscow');
    expect(header).toContain("The English text is the Kremlin's translation.");
    expect(select('a[href="http://en.kremlin.ru/events/president/news/67809"]', page)).toBeTruthy();
    expect(selectAll('.speakers [data-speaker]', page).map((item) => selectAll('.name, .role', item).map((part) => toText(part)).join(' '))).toEqual([
      'Vladimir Putin President of Russia',
      'Alexander Lukashenko President of the Republic of Belarus',
      'Andrei Kolesnikov Kommersant newspaper correspondent',
      'Alyona Syrova STV Channel',
    ]);
  });

  test('is semantic and accessible: lang, main, skip link, one h1', () => {
    expect(select('html', page)?.properties['lang']).toBe('en');
    expect(select('main#main', page)).toBeTruthy();
    expect(select('a.skip-link[href="#main"]', page)).toBeTruthy();
    expect(selectAll('h1', page)).toHaveLength(1);
  });

  test('needs no JavaScript to read: the text is in the HTML, and scripts only add to it', () => {
    expect(toText(select('#vladimir-putin-2 .turn-body', page) as Element)).toContain('Let me go first');
    const scripts = selectAll('script', page);
    // No inline code: a Content Security Policy without 'unsafe-inline' allows every script.
    for (const script of scripts) {
      expect(script.properties['src']).toBeTruthy();
      expect(script.children).toEqual([]);
    }
    // Deferred modules, except the tiny theme file that must run before the first paint.
    const blocking = scripts.filter((script) => script.properties['type'] !== 'module');
    expect(blocking.map((script) => script.properties['src'])).toEqual(['/theme.js']);
    expect(select('head script[src="/theme.js"]', page)).toBeTruthy();
    expect(html).not.toMatch(/\son[a-z]+=/i);
    // Scripts are Astro's bundles, Pagefind's files, and the theme file; nothing else.
    const files = readdirSync(DIST, { recursive: true }).map(String);
    expect(files.filter((file) => file.endsWith('.js') && !file.startsWith('pagefind') && !file.startsWith('_astro'))).toEqual(['theme.js']);
  });
});

describe('the home page', () => {
  test('lists the transcript with its date and a link to it', () => {
    const home = builtPage('/');
    const link = select(`a[href="${PATH}"]`, home);
    expect(link && toText(link)).toBe('News conference following Russian-Belarusian talks');
    expect(toText(select('ol.transcripts', home) as Element)).toContain('18 February 2022');
  });
});
