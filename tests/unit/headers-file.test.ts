import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/tooling/headers-file';

const RULES = parseHeadersFile(`# a comment
/*
  X-Content-Type-Options: nosniff
  Link: </style.css>; rel=preload

/pagefind/*
  Cache-Control: public, max-age=600
  Link: </other.css>; rel=preload

/transcripts/:slug/
  X-Robots-Tag: noindex
/transcripts/secret/
  ! X-Robots-Tag
`);

describe('the _headers file the test server applies, as Netlify and Cloudflare Pages do', () => {
  test('every matching block applies; a repeated header is joined with ", "', () => {
    expect(Object.fromEntries(headersFor(RULES, '/pagefind/pagefind.js'))).toEqual({
      'x-content-type-options': 'nosniff',
      link: '</style.css>; rel=preload, </other.css>; rel=preload',
      'cache-control': 'public, max-age=600',
    });
  });

  test('"*" matches across slashes, ":name" one segment; "!" detaches a header', () => {
    expect(headersFor(RULES, '/').get('x-content-type-options')).toBe('nosniff');
    expect(headersFor(RULES, '/transcripts/x/').get('x-robots-tag')).toBe('noindex');
    expect(headersFor(RULES, '/transcripts/x/y/').has('x-robots-tag')).toBe(false);
    expect(headersFor(RULES, '/transcripts/secret/').has('x-robots-tag')).toBe(false);
    expect(headersFor(RULES, '/pagefind').has('cache-control')).toBe(false);
  });

  test('a line that is neither a pattern nor a header is an error with its line', () => {
    expect(() => parseHeadersFile('/*\n  X-Frame-Options DENY\n')).toThrow('_headers:2: expected "Name: value": "  X-Frame-Options DENY"');
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow('_headers:1: a header must follow a URL pattern');
    expect(() => parseHeadersFile('*\n')).toThrow('_headers:1: a URL pattern must start with "/"');
  });

  test('the shipped public/_headers parses and covers every path', () => {
    const rules = parseHeadersFile(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8'));
    const page = headersFor(rules, '/transcripts/x/');
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) expect(page.has(name)).toBe(true);
  });
});
