import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { buildFrom, contentFolder, writeAnchorsManifest, type BuildResult } from '../../src/tooling/site-build';
import { describe, expect, test } from '../helpers/browser-test';
import { builtPage } from '../helpers/built-site';
import { sitePages } from '../helpers/site-pages';

const ROOT = join(import.meta.dirname, '..', '..');
const SLUG = '2022-02-18-russian-belarusian-talks';
const SEED = readFileSync(join(ROOT, 'content', 'transcripts', `${SLUG}.md`), 'utf8');
const PUBLISHED = (JSON.parse(readFileSync(join(ROOT, 'content', 'anchors.json'), 'utf8')) as Record<string, string[]>)[SLUG] ?? [];

/** The seed with Alyona Syrova's key renamed, which renames her turn's anchor. */
const RENAMED = SEED.replace('key: alyona-syrova\n', 'key: alyona-syrova-stv\n').replace('## alyona-syrova\n', '## alyona-syrova-stv\n');
const CLOSING_FENCE_LINE = RENAMED.split('\n').indexOf('---', 1) + 1;
const ALIASED = RENAMED.replace(/\n---\n/, '\nanchorAliases:\n  alyona-syrova-1: alyona-syrova-stv-1\n---\n');

let unaliased: BuildResult;
let unaliasedDir: string;
let aliased: BuildResult;

test.beforeAll(() => {
  expect(PUBLISHED).toContain('alyona-syrova-1');
  expect(RENAMED).not.toBe(SEED);
  unaliasedDir = contentFolder({ [`${SLUG}.md`]: RENAMED });
  writeAnchorsManifest(unaliasedDir, { [SLUG]: PUBLISHED, 'a-withdrawn-transcript': ['vladimir-putin-1'] });
  unaliased = buildFrom(unaliasedDir);
  const aliasedDir = contentFolder({ [`${SLUG}.md`]: ALIASED });
  writeAnchorsManifest(aliasedDir, { [SLUG]: PUBLISHED });
  aliased = buildFrom(aliasedDir);
});

describe('a published turn anchor keeps working', () => {
  test('renaming a speaker key without an alias stops the build, naming the file, the line and the anchor', () => {
    expect(unaliased.status).not.toBe(0);
    expect(unaliased.output).toContain(
      `${unaliasedDir}/${SLUG}.md:${CLOSING_FENCE_LINE}: published turn anchor "alyona-syrova-1" no longer exists, and links that readers have shared or cited use it`,
    );
    expect(unaliased.output).toContain('anchorAliases:\n    alyona-syrova-1: alyona-syrova-stv-1');
    expect(unaliased.output).toContain('transcript "a-withdrawn-transcript" was published, but there is no a-withdrawn-transcript.md any more');
    expect(existsSync(join(unaliased.outDir, 'index.html'))).toBe(false);
  });

  test.for([false, true])('with the alias, #alyona-syrova-1 lands on the renamed turn (JavaScript %s)', async (javaScriptEnabled, { browser, serve }) => {
    expect(aliased.status, aliased.output).toBe(0);
    const site = await serve(aliased.outDir);
    const page = await browser.newPage({ javaScriptEnabled, viewport: { width: 360, height: 700 } });
    try {
      await page.goto(`${site.url}transcripts/${SLUG}/#alyona-syrova-1`);
      const landed = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const turn = target?.closest('section.turn');
        const box = turn?.getBoundingClientRect();
        return {
          target: target?.id,
          turn: turn?.id,
          speaker: turn?.querySelector('.turn-speaker-name')?.textContent,
          text: turn?.querySelector('.turn-body')?.textContent?.trim().slice(0, 12),
          inView: box !== undefined && box.top >= 0 && box.top < window.innerHeight,
          highlighted: turn ? getComputedStyle(turn).outlineStyle === 'solid' : false,
        };
      });
      expect(landed).toEqual({ target: 'alyona-syrova-1', turn: 'alyona-syrova-stv-1', speaker: 'Alyona Syrova', text: 'STV Channel.', inView: true, highlighted: true });
      // A moved anchor is known: no "No turn #… in this transcript" notice.
      if (javaScriptEnabled) await page.waitForFunction(() => customElements.get('anchor-notice') !== undefined);
      await expect(page.locator('anchor-notice').isHidden()).resolves.toBe(true);
    } finally {
      await page.close();
    }
  });

  test.for([false, true])('with the alias, the old turn page address leads to the renamed turn’s page (JavaScript %s)', async (javaScriptEnabled, { browser, serve }) => {
    const site = await serve(aliased.outDir);
    const page = await browser.newPage({ javaScriptEnabled });
    try {
      await page.goto(`${site.url}transcripts/${SLUG}/alyona-syrova-1/`);
      await page.waitForURL(`${site.url}transcripts/${SLUG}/alyona-syrova-stv-1/`);
      expect(await page.locator('h1 .turn-speaker-name').textContent()).toBe('Alyona Syrova');
    } finally {
      await page.close();
    }
  });

  test('the old address is a redirect for search engines too, and the sitemap lists only the new one', () => {
    const moved = builtPage(`/transcripts/${SLUG}/alyona-syrova-1/`, aliased.outDir);
    expect(select('meta[http-equiv="refresh"]', moved)?.properties['content']).toBe(`0; url=/transcripts/${SLUG}/alyona-syrova-stv-1/`);
    expect(select('meta[name="robots"]', moved)?.properties['content']).toBe('noindex');
    expect(select('link[rel="canonical"]', moved)).toBeUndefined();
    const listed = sitePages(aliased.outDir).pages.filter((page) => page.inSitemap).map((page) => page.path);
    expect(listed).toContain(`/transcripts/${SLUG}/alyona-syrova-stv-1/`);
    expect(listed).not.toContain(`/transcripts/${SLUG}/alyona-syrova-1/`);
  });
});
