import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { builtPage, DIST } from '../helpers/built-site';
import { sitePages } from '../helpers/site-pages';

const MANIFEST = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'anchors.json'), 'utf8')) as Record<string, string[]>;
const transcriptPages = sitePages().pages.filter((page) => /^\/transcripts\/[^/]+\/$/.test(page.path));

describe('content/anchors.json, the published turn anchors', () => {
  test('lists every transcript the site builds', () => {
    expect(transcriptPages.length).toBeGreaterThan(0);
    expect(Object.keys(MANIFEST).sort()).toEqual(transcriptPages.map((page) => page.path.split('/')[2]).sort());
  });

  test.each(transcriptPages)('$path: every turn is published (run "npm run anchors:update"), and every published anchor is on the page', ({ path }) => {
    const slug = path.split('/')[2] ?? '';
    const page = builtPage(path);
    const turns = selectAll('section.turn', page).map((turn) => String(turn.properties['id']));
    const ids = new Set(selectAll('[id]', page).map((element) => String(element.properties['id'])));
    expect(turns.filter((anchor) => !MANIFEST[slug]?.includes(anchor))).toEqual([]);
    expect((MANIFEST[slug] ?? []).filter((anchor) => !ids.has(anchor))).toEqual([]);
  });

  test.each(transcriptPages)('$path: every published anchor has its turn page', ({ path }) => {
    const slug = path.split('/')[2] ?? '';
    expect((MANIFEST[slug] ?? []).filter((anchor) => !existsSync(join(DIST, 'transcripts', slug, anchor, 'index.html')))).toEqual([]);
  });
});
