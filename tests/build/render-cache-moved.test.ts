import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { SEED_FILE } from '../../src/tooling/seed';
import { buildFrom, contentFolder } from '../../src/tooling/site-build';
import { builtHtml } from '../helpers/built-site';

/**
 * docs/scaling.md recommends keeping Astro's cache folder between CI runs. Restored into
 * another checkout (another path), it is used as it is; a damaged entry is rendered again with
 * one line of warning, never a failed build.
 */
test('a render cache restored into another folder builds, and a damaged entry renders again', { timeout: 600_000 }, () => {
  const first = contentFolder({}, dirname(SEED_FILE));
  const cache = join(mkdtempSync(join(tmpdir(), 'cache-')), 'astro');
  const built = buildFrom(first, { ASTRO_CACHE_DIR: cache });
  expect(built.status, built.output).toBe(0);
  const cached = readdirSync(join(cache, 'transcripts')).sort();
  // The turns, and their outlines beside them.
  expect(cached).toHaveLength(2);
  const turnsFile = cached.find((name) => name.endsWith('.turns.json')) ?? '';
  expect(cached).toContain(turnsFile.replace(/\.turns\.json$/, '.outline.json'));

  // Both the transcripts and the cache move; the old folders are gone.
  const moved = join(mkdtempSync(join(tmpdir(), 'checkout-')), 'transcripts');
  const restored = join(mkdtempSync(join(tmpdir(), 'restored-')), 'astro');
  cpSync(first, moved, { recursive: true });
  cpSync(cache, restored, { recursive: true });
  rmSync(cache, { recursive: true });
  rmSync(first, { recursive: true });
  const again = buildFrom(moved, { ASTRO_CACHE_DIR: restored });
  expect(again.status, again.output).toBe(0);
  expect(again.output).not.toContain('rendering again');
  expect(readdirSync(join(restored, 'transcripts')).sort()).toEqual(cached);
  expect(builtHtml('/transcripts/2022-02-18-russian-belarusian-talks/', again.outDir)).toContain('id="vladimir-putin-3"');

  writeFileSync(join(restored, 'transcripts', turnsFile), '[{"anchor": ');
  const repaired = buildFrom(moved, { ASTRO_CACHE_DIR: restored });
  expect(repaired.status, repaired.output).toBe(0);
  const warnings = repaired.output.split('\n').filter((line) => line.includes('rendering again'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('2022-02-18-russian-belarusian-talks: rendering again, its cached turns are damaged');
  expect(builtHtml('/transcripts/2022-02-18-russian-belarusian-talks/', repaired.outDir)).toContain('id="vladimir-putin-3"');
});

test('lost outlines are written again by the next build, and damaged ones are outlined from the turns', { timeout: 600_000 }, () => {
  const content = contentFolder({}, dirname(SEED_FILE));
  const cache = join(mkdtempSync(join(tmpdir(), 'cache-')), 'astro');
  const built = buildFrom(content, { ASTRO_CACHE_DIR: cache });
  expect(built.status, built.output).toBe(0);
  const outline = readdirSync(join(cache, 'transcripts')).find((name) => name.endsWith('.outline.json')) ?? '';
  const outlineFile = join(cache, 'transcripts', outline);
  const written = readFileSync(outlineFile, 'utf8');
  const speakerPage = builtHtml('/speakers/vladimir-putin/', built.outDir);

  rmSync(outlineFile);
  const rebuilt = buildFrom(content, { ASTRO_CACHE_DIR: cache });
  expect(rebuilt.status, rebuilt.output).toBe(0);
  expect(existsSync(outlineFile)).toBe(true);
  expect(readFileSync(outlineFile, 'utf8')).toBe(written);

  writeFileSync(outlineFile, '[{"anchor": ');
  const fresh = join(mkdtempSync(join(tmpdir(), 'dist-')), 'dist');
  const damaged = buildFrom(content, { ASTRO_CACHE_DIR: cache }, fresh);
  expect(damaged.status, damaged.output).toBe(0);
  expect(builtHtml('/speakers/vladimir-putin/', damaged.outDir)).toBe(speakerPage);
});
