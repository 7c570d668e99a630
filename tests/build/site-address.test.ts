import { describe, expect, test } from 'vitest';
import { buildSite, configuredSite, PLACEHOLDER_SITE, placeholderOrigin } from '../../src/utils/site-address';
import { builtPage } from '../helpers/built-site';
import { select } from 'hast-util-select';

describe('the address a build is for', () => {
  test('is SITE_URL when set, and then no placeholder is marked for the browser to replace', () => {
    const env = { SITE_URL: 'https://kremlin-transcripts.org' };
    expect(configuredSite(env)).toBe('https://kremlin-transcripts.org');
    expect(buildSite(env)).toBe('https://kremlin-transcripts.org');
    expect(placeholderOrigin(env)).toBeUndefined();
  });

  test.each([{}, { SITE_URL: '' }])('is the placeholder without SITE_URL (%o), marked for the browser to replace', (env) => {
    expect(configuredSite(env)).toBeUndefined();
    expect(buildSite(env)).toBe(PLACEHOLDER_SITE);
    expect(placeholderOrigin(env)).toBe('https://transcripts.example.org');
  });

  test('the built site (made without SITE_URL) tells the browser which origin to replace', () => {
    const html = select('html', builtPage('/'));
    expect(html?.properties['dataPlaceholderOrigin']).toBe('https://transcripts.example.org');
  });
});
