import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lostAnchors, mergeAnchors, readAnchorsManifest } from '../../src/loaders/anchors-manifest';
import { contentFolder, writeAnchorsManifest } from '../../src/tooling/site-build';
import { runScript } from '../helpers/run-script';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED_FILE = join(ROOT, 'content', 'transcripts', '2022-02-18-russian-belarusian-talks.md');

describe('the anchors manifest', () => {
  test('merging adds new anchors after the published ones and never removes one', () => {
    const { manifest, added } = mergeAnchors({ b: ['x-1', 'gone-1'] }, { b: ['x-1', 'x-2'], a: ['y-1'] });
    expect(manifest).toEqual({ a: ['y-1'], b: ['x-1', 'gone-1', 'x-2'] });
    expect(Object.keys(manifest)).toEqual(['a', 'b']);
    expect(added).toBe(2);
  });

  test('a published anchor is lost unless a turn or an alias keeps it', () => {
    expect(lostAnchors(['a-1', 'b-1', 'c-1'], ['a-1', 'b-2'], { 'b-1': 'b-2' })).toEqual(['c-1']);
  });

  test('a malformed manifest is an error that names it', () => {
    const dir = contentFolder({});
    const file = join(dir, '..', 'anchors.json');
    writeFileSync(file, '{"x": ["Not An Anchor"]}');
    expect(() => readAnchorsManifest(file)).toThrow(/anchors\.json: the anchors manifest is malformed at x\.0: must be a turn anchor/);
    writeFileSync(file, '{"x": [');
    expect(() => readAnchorsManifest(file)).toThrow(/anchors\.json: the anchors manifest is not valid JSON/);
    expect(readAnchorsManifest(join(dir, 'none.json'))).toBeUndefined();
  });

  test('"npm run anchors:update" appends the new anchors, keeps the old, and names the ones the build will refuse', () => {
    const dir = contentFolder({ '2022-02-18-russian-belarusian-talks.md': readFileSync(SEED_FILE, 'utf8') });
    writeAnchorsManifest(dir, { '2022-02-18-russian-belarusian-talks': ['vladimir-putin-1', 'someone-1'] });
    const run = runScript('scripts/update-anchors.ts', [], { env: { TRANSCRIPTS_DIR: dir } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('added 7 anchors; 9 published in 1 transcripts');
    expect(run.stderr).toContain('2022-02-18-russian-belarusian-talks.md: published anchors without a turn or an alias, which the build refuses: someone-1');
    expect(JSON.parse(readFileSync(join(dir, '..', 'anchors.json'), 'utf8'))).toEqual({
      '2022-02-18-russian-belarusian-talks': [
        'vladimir-putin-1',
        'someone-1',
        'alexander-lukashenko-1',
        'andrei-kolesnikov-1',
        'vladimir-putin-2',
        'alexander-lukashenko-2',
        'alyona-syrova-1',
        'vladimir-putin-3',
        'alexander-lukashenko-3',
      ],
    });
  });
});
