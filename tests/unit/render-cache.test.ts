import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderCache, rendererDigest } from '../../src/loaders/render-cache';
import { turnOutline } from '../../src/utils/turn-outline';
import { outlineFileOf, readOutlineFile } from '../../src/utils/turns-file';

const turns = [{ anchor: 'anna-orlova-1', speaker: 'anna-orlova', position: 1, countForSpeaker: 1, blocks: [{ type: 'paragraph' as const, text: 'Hello.', html: 'Hello.' }], words: 1 }];

/** A project folder with a Markdown pipeline of one plugin, to digest. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'renderer-'));
  mkdirSync(join(root, 'src', 'plugins'), { recursive: true });
  mkdirSync(join(root, 'src', 'utils'), { recursive: true });
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(join(root, 'package-lock.json'), '{}');
  writeFileSync(join(root, 'src', 'plugins', 'remark-x.ts'), "import { anchor } from '../utils/anchor';\nexport default anchor;");
  writeFileSync(join(root, 'src', 'utils', 'anchor.ts'), 'export const anchor = 1;');
  writeFileSync(join(root, 'src', 'utils', 'dates.ts'), 'export const dates = 1;');
  writeFileSync(join(root, 'src', 'pages', 'index.astro'), '<p>home</p>');
  return root;
}

function cacheIn(root: string) {
  const warnings: string[] = [];
  return { cache: renderCache(join(root, 'cache'), root, (message) => warnings.push(message)), warnings };
}

const key = { id: 'talks/a', digest: 'd1' };

describe('the render cache', () => {
  test('keeps an entry’s turns in a file named by its id and digests, no absolute path in it, and their outlines beside it', () => {
    const root = project();
    const { cache, warnings } = cacheIn(root);
    expect(cache.read(key, false)).toBeUndefined();
    expect(cache.hasOutlines(key)).toBe(false);
    cache.write(key, turns);
    expect(cache.read(key, true)).toEqual(turns);
    expect(readdirSync(join(root, 'cache')).sort()).toEqual([`talks%2Fa.d1.${rendererDigest(root)}.outline.json`, `talks%2Fa.d1.${rendererDigest(root)}.turns.json`]);
    expect(cache.hasOutlines(key)).toBe(true);
    expect(readOutlineFile(cache.fileOf(key))).toEqual(turns.map(turnOutline));
    expect(warnings).toEqual([]);
  });

  test('lost outlines are read as lost, and written again from the turns alone', () => {
    const root = project();
    const { cache } = cacheIn(root);
    cache.write(key, turns);
    const turnsText = readFileSync(cache.fileOf(key), 'utf8');
    rmSync(outlineFileOf(cache.fileOf(key)));
    expect(cache.hasOutlines(key)).toBe(false);
    expect(readOutlineFile(cache.fileOf(key))).toBeUndefined();
    cache.writeOutlines(key, turns);
    expect(readOutlineFile(cache.fileOf(key))).toEqual(turns.map(turnOutline));
    expect(readFileSync(cache.fileOf(key), 'utf8')).toBe(turnsText);
    writeFileSync(outlineFileOf(cache.fileOf(key)), '[{"anchor"');
    expect(readOutlineFile(cache.fileOf(key))).toBeUndefined();
  });

  test('a cache restored into a project at another path is used as it is', () => {
    const root = project();
    cacheIn(root).cache.write(key, turns);
    const moved = join(mkdtempSync(join(tmpdir(), 'moved-')), 'checkout');
    cpSync(root, moved, { recursive: true });
    rmSync(root, { recursive: true });
    expect(rendererDigest(moved)).toBe(rendererDigest(moved));
    const { cache, warnings } = cacheIn(moved);
    expect(cache.read(key, true)).toEqual(turns);
    expect(warnings).toEqual([]);
  });

  test('a missing or damaged entry is rendered again, with one line of warning', () => {
    const root = project();
    const { cache, warnings } = cacheIn(root);
    expect(cache.read(key, true)).toBeUndefined();
    cache.write(key, turns);
    writeFileSync(cache.fileOf(key), '{"not": "turns"');
    expect(cache.read(key, true)).toBeUndefined();
    writeFileSync(cache.fileOf(key), '[{"anchor": 1}]');
    expect(cache.read(key, true)).toBeUndefined();
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^talks\/a: rendering again, its cached turns are missing \(cache\/talks%2Fa\.d1\.\w+\.turns\.json\)$/);
    expect(warnings[1]).toMatch(/^talks\/a: rendering again, its cached turns are damaged \(cache\/.*: SyntaxError/);
    for (const warning of warnings) expect(warning).not.toContain('\n');
  });

  test('a change to the Markdown pipeline’s code (or what it imports) renders again; other code does not', () => {
    const root = project();
    const before = rendererDigest(root);
    writeFileSync(join(root, 'src', 'utils', 'dates.ts'), 'export const dates = 2;');
    writeFileSync(join(root, 'src', 'pages', 'index.astro'), '<p>home page</p>');
    expect(rendererDigest(root)).toBe(before);
    cacheIn(root).cache.write(key, turns);
    writeFileSync(join(root, 'src', 'utils', 'anchor.ts'), 'export const anchor = 2;');
    expect(rendererDigest(root)).not.toBe(before);
    const { cache, warnings } = cacheIn(root);
    expect(cache.read(key, false)).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  test('prune deletes the files of old digests and removed transcripts', () => {
    const root = project();
    const { cache } = cacheIn(root);
    cache.write(key, turns);
    cache.write({ id: 'b', digest: 'd1' }, turns);
    cache.write({ ...key, digest: 'd2' }, turns);
    expect(readdirSync(join(root, 'cache'))).toHaveLength(6);
    cache.prune([{ ...key, digest: 'd2' }]);
    const kept = cache.fileOf({ ...key, digest: 'd2' });
    expect(readdirSync(join(root, 'cache')).map((name) => join(root, 'cache', name)).sort()).toEqual([outlineFileOf(kept), kept]);
  });
});
