import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { buildFrom, contentFolder, type BuildResult } from '../../src/tooling/site-build';
import { describe, expect, test } from '../helpers/browser-test';
import { builtPage } from '../helpers/built-site';
import { cspEventsOn, watch } from '../helpers/page-watch';
import { sitePages } from '../helpers/site-pages';

/**
 * A transcript that tries to run a script must fail the build with its file and line, or
 * render inert. Each kind of attempt is a row; the rows of one kind share a build, because
 * the loader reports every broken file at once. The inert ones are then loaded in Chromium,
 * with CSP switched off so that only the escaping protects the page.
 */

const VALID = `---
title: Hostile input
date: 2022-02-18
place: Moscow
source: https://example.org/transcript
summary: A transcript that tries to run code.
speakers:
  - key: anna-ivanova
    name: Anna Ivanova
    role: Moderator
---

## anna-ivanova

Good afternoon.
`;
const inBody = (markdown: string) => `${VALID}\n${markdown}\n`;
/** The line `inBody` puts its Markdown on: after the valid file and a blank line. */
const FIRST_BODY_LINE = VALID.split('\n').length + 1;

interface Case {
  name: string;
  contents: string;
  line: number;
  reason: string;
}

const raw = (name: string, html: string): Case => ({ name, contents: inBody(html), line: FIRST_BODY_LINE, reason: `raw HTML is not allowed in a transcript: "${html.slice(0, 40)}"` });
const link = (name: string, markdown: string, url: string): Case => ({
  name,
  contents: inBody(markdown),
  line: FIRST_BODY_LINE + (markdown.startsWith('[x][evil]') ? 2 : 0),
  reason: `unsafe link target "${url.slice(0, 40)}": only http(s), mailto and site links are allowed`,
});

const BODY_CASES: Case[] = [
  raw('script', '<script>alert(1)</script>'),
  { name: 'inline-script', contents: inBody('Thank you.<script>alert(1)</script>'), line: FIRST_BODY_LINE, reason: 'raw HTML is not allowed in a transcript: "<script>"' },
  raw('img-onerror', '<img src=x onerror=alert(1)>'),
  raw('iframe', '<iframe src="https://example.org/"></iframe>'),
  raw('svg-onload', '<svg onload=alert(1)>'),
  raw('html-comment', '<!-- a note for editors -->'),
  { name: 'javascript-anchor-tag', contents: inBody('<a href="javascript:alert(1)">x</a>'), line: FIRST_BODY_LINE, reason: 'raw HTML is not allowed in a transcript: "<a href="javascript:alert(1)">"' },
  link('javascript-link', '[x](javascript:alert(1))', 'javascript:alert(1)'),
  link('mixed-case-scheme', '[x](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)'),
  link('upper-case-autolink', '<JAVASCRIPT:alert(1)>', 'JAVASCRIPT:alert(1)'),
  link('autolink', '<javascript:alert(1)>', 'javascript:alert(1)'),
  link('decimal-entity', '[x](&#106;avascript:alert(1))', 'javascript:alert(1)'),
  link('hex-entities', '[x](&#x6A;avascript&#x3A;alert(1))', 'javascript:alert(1)'),
  link('named-entity-colon', '[x](javascript&colon;alert(1))', 'javascript:alert(1)'),
  link('leading-space', '[x](< javascript:alert(1)>)', ' javascript:alert(1)'),
  link('leading-encoded-space', '[x](&#x20;javascript:alert(1))', ' javascript:alert(1)'),
  link('leading-tab', '[x](&#9;javascript:alert(1))', '\tjavascript:alert(1)'),
  link('leading-newline', '[x](&NewLine;javascript:alert(1))', '\njavascript:alert(1)'),
  link('tab-inside-scheme', '[x](java&#9;script:alert(1))', 'java\tscript:alert(1)'),
  link('reference-definition', '[x][evil]\n\n[evil]: javascript:alert(1)', 'javascript:alert(1)'),
  link('vbscript', '[x](vbscript:msgbox(1))', 'vbscript:msgbox(1)'),
  link('data-url', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
  { name: 'image', contents: inBody('![x](https://example.org/x.png)'), line: FIRST_BODY_LINE, reason: 'images are not allowed in a transcript' },
];

const field = (name: string, from: string, to: string, line: number, reason: string): Case => ({ name, contents: VALID.replace(from, to), line, reason });
const FRONTMATTER_CASES: Case[] = [
  field('source-javascript', 'source: https://example.org/transcript', 'source: javascript:alert(1)', 5, 'invalid front matter: source: must be an http(s) URL'),
  field('source-mixed-case', 'source: https://example.org/transcript', 'source: JaVaScRiPt:alert(1)', 5, 'invalid front matter: source: must be an http(s) URL'),
  field('source-leading-space', 'source: https://example.org/transcript', 'source: " javascript:alert(1)"', 5, 'invalid front matter: source: must be an http(s) URL'),
  field('source-data-url', 'source: https://example.org/transcript', 'source: "data:text/html,<script>alert(1)</script>"', 5, 'invalid front matter: source: must be an http(s) URL'),
  field('short-link-javascript', 'summary:', 'shortLink: javascript:alert(1)\nsummary:', 6, 'invalid front matter: shortLink: must be an http(s) URL'),
  field('lang-attribute-breakout', 'summary:', 'lang: en" onmouseover="alert(1)\nsummary:', 6, 'invalid front matter: lang: must be a language tag'),
  field('speaker-key-breakout', 'key: anna-ivanova', 'key: anna" onmouseover="alert(1)', 8, 'invalid front matter: speakers.0.key: must be a lowercase slug'),
  field('alias-breakout', 'speakers:', 'anchorAliases:\n  "x\\"><script>alert(1)</script>": anna-ivanova-1\nspeakers:', 8, 'invalid front matter: anchorAliases.x"><script>alert(1)</script>: must be a turn anchor such as "vladimir-putin-2"'),
];

/** Script in every displayed front matter field, and in the body as text and code. */
const PAYLOAD = (where: string) => `<script>alert("${where}")</script><img src=x onerror=alert("${where}")>`;
const INERT = `---
title: '${PAYLOAD('title')}'
date: 2022-02-18
place: '"><svg onload=alert("place")>'
source: 'https://example.org/?q="><script>alert("source")</script>'
translationNote: '</script><script>alert("note")</script><!--'
summary: '${PAYLOAD('summary')}'
speakers:
  - key: anna-ivanova
    name: '<b onmouseover=alert("name")>Anna</b>'
    role: '${PAYLOAD('role')}'
---

## anna-ivanova

Escaped \\<script>alert("escaped")\\</script> and &lt;iframe src=javascript:alert("entity")&gt; are text.

Inline code \`<img src=x onerror=alert("code")>\` is text too.

\`\`\`
<script>alert("fence")</script>
\`\`\`

[A link whose title tries to break out](https://example.org/ "a\\" onmouseover=\\"alert('link-title')")
`;

const builds: Record<string, { dir: string; result: BuildResult }> = {};
function build(label: string, files: Record<string, string>) {
  const dir = contentFolder(files);
  builds[label] = { dir, result: buildFrom(dir) };
}

test.beforeAll(() => {
  // Every hostile file in one folder: one build names every problem, in the body and in the front matter.
  build('problems', Object.fromEntries([...BODY_CASES, ...FRONTMATTER_CASES].map((row) => [`${row.name}.md`, row.contents])));
  build('inert', { 'hostile.md': INERT });
});

describe.each([
  ['in the Markdown body', 'body', BODY_CASES],
  ['in the front matter', 'frontmatter', FRONTMATTER_CASES],
] as const)('code %s stops the build with its file and line', (_label, _kind, cases) => {
  test('the build fails and writes no page', () => {
    const { result } = builds['problems'] ?? {};
    expect(result?.status).not.toBe(0);
    expect(result?.output).toContain(`${BODY_CASES.length + FRONTMATTER_CASES.length} problems in the transcripts:`);
    expect(result?.output).not.toContain('[build] Complete!');
  });

  test.each(cases)('$name', ({ name, line, reason }) => {
    const { dir, result } = builds['problems'] ?? {};
    expect(result?.output).toContain(`${dir}/${name}.md:${line}: ${reason}`);
  });
});

describe('text that looks like code renders inert', () => {
  const outDir = () => builds['inert']?.result.outDir ?? '';

  test('the build succeeds', () => {
    expect(builds['inert']?.result.status, builds['inert']?.result.output).toBe(0);
  });

  test('every field shows its text as written, escaped', () => {
    const page = builtPage('/transcripts/hostile/', outDir());
    expect(toText(select('h1', page) as Element)).toBe(PAYLOAD('title'));
    expect(toText(select('title', page) as Element)).toContain(PAYLOAD('title'));
    expect(toText(select('.transcript-header', page) as Element)).toContain(PAYLOAD('summary'));
    expect(toText(select('.transcript-header', page) as Element)).toContain('"><svg onload=alert("place")>');
    expect(toText(select('.transcript-header', page) as Element)).toContain('</script><script>alert("note")</script><!--');
    expect(toText(select('#anna-ivanova-1 .turn-speaker', page) as Element)).toContain('<b onmouseover=alert("name")>Anna</b>');
    expect(toText(select('#anna-ivanova-1 .turn-speaker', page) as Element)).toContain(PAYLOAD('role'));
    const body = toText(select('#anna-ivanova-1 .turn-body', page) as Element);
    expect(body).toContain('Escaped <script>alert("escaped")</script> and <iframe src=javascript:alert("entity")> are text.');
    expect(body).toContain('<img src=x onerror=alert("code")>');
    expect(body).toContain('<script>alert("fence")</script>');
    expect(select('a[title]', page)?.properties['title']).toBe(`a" onmouseover="alert('link-title')`);
  });

  test('no page of that site has a script, handler, frame or script URL of the transcript’s making', () => {
    for (const { path } of sitePages(outDir()).pages) {
      const page = builtPage(path, outDir());
      // Only the site's own script files, which the build wrote; none inline.
      for (const script of selectAll('script', page)) {
        const src = String(script.properties['src'] ?? '');
        expect(src, `${path}: inline script`).toMatch(/^\/[^/]/);
        expect(existsSync(join(outDir(), src)), `${path}: ${src}`).toBe(true);
      }
      expect(selectAll('iframe, frame, object, embed, img', page).map((element) => element.tagName), path).toEqual([]);
      const handlers = selectAll('*', page).flatMap((element) => Object.keys(element.properties).filter((name) => /^on[A-Z]/.test(name)));
      expect(handlers, path).toEqual([]);
      const scriptUrls = selectAll('[href], [src], [action], [formAction]', page)
        .map((element) => String(element.properties['href'] ?? element.properties['src'] ?? element.properties['action'] ?? element.properties['formAction']))
        // Browsers skip control characters and spaces in a URL's scheme, so these do too.
        .filter((url) => /^(?:javascript|vbscript|data):/i.test([...url].filter((char) => char.charCodeAt(0) > 0x20).join('')));
      expect(scriptUrls, path).toEqual([]);
    }
  });

  test('in Chromium, with CSP switched off, no page runs any of it', async ({ browser, serve }) => {
    const site = await serve(outDir());
    const context = await browser.newContext({ bypassCSP: true });
    const seen = await watch(context);
    try {
      for (const { path } of sitePages(outDir()).pages) {
        const page = await context.newPage();
        await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: 'networkidle' });
        await page.locator('body').hover();
        expect(await cspEventsOn(page)).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors.filter((error) => !error.includes('/favicon.ico'))).toEqual([]);
    expect(seen.requests.filter((url) => !url.startsWith('http://127.0.0.1:'))).toEqual([]);
  });
});
