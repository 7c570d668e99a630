import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { HEADER_ONLY_DIRECTIVES, parsePolicy, withoutHashes } from '../helpers/csp';
import { headersFor, parseHeadersFile } from '../../src/tooling/headers-file';
import { builtPage, DIST } from '../helpers/built-site';
import { sitePages } from '../helpers/site-pages';

const { pages } = sitePages();
const headerRules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'), 'dist/_headers');

describe('the security headers shipped in _headers', () => {
  test.each(pages)('$path gets CSP, nosniff, a referrer policy and a permissions policy', ({ path }) => {
    const headers = headersFor(headerRules, path);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    const policy = parsePolicy(headers.get('content-security-policy') ?? '');
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('the Content Security Policy of every page', () => {
  test.each(pages)('$path: the <meta> policy is the header policy, with no unsafe-inline or unsafe-eval', ({ path }) => {
    const tree = builtPage(path);
    const metas = selectAll('meta[http-equiv="content-security-policy"]', tree);
    expect(metas).toHaveLength(1);
    const meta = parsePolicy(String(metas[0]?.properties['content']));
    const header = parsePolicy(headersFor(headerRules, path).get('content-security-policy') ?? '');
    for (const policy of [meta, header]) {
      for (const [name, sources] of policy) {
        if (name.startsWith('script-src') || name.startsWith('style-src') || name === 'default-src') {
          expect(sources, name).not.toContain("'unsafe-inline'");
          expect(sources, name).not.toContain("'unsafe-eval'");
        }
      }
    }
    const headerForMeta = new Map([...header].filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)));
    expect(Object.fromEntries(withoutHashes(meta))).toEqual(Object.fromEntries(headerForMeta));
  });

  test.each(pages)('$path has no inline script, inline style or event-handler attribute for the header policy to block', ({ path }) => {
    const tree = builtPage(path);
    const inlineScripts = selectAll('script:not([src])', tree).filter((script) => script.properties['type'] !== 'application/ld+json');
    expect(inlineScripts.map((script) => JSON.stringify(script.children).slice(0, 80))).toEqual([]);
    expect(selectAll('style', tree)).toEqual([]);
    const withInlineAttributes = selectAll('*', tree).filter((element: Element) =>
      Object.keys(element.properties).some((name) => name === 'style' || /^on[A-Z]/.test(name)),
    );
    expect(withInlineAttributes.map((element) => `<${element.tagName} ${Object.keys(element.properties).join(' ')}>`)).toEqual([]);
    expect(select('head > meta[http-equiv="content-security-policy"]', tree)).toBeTruthy();
  });
});
