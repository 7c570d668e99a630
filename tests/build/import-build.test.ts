import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFrom, type BuildResult } from '../../src/tooling/site-build';
import { builtPage } from '../helpers/built-site';

/**
 * The definition of done: `npm run import -- ../shared/sources/… --out <folder>`
 * (the raw page, no other options) writes a transcript that the real build turns into the
 * same eight turns, speakers and words as the committed one.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const RAW_ARGUMENT = join('..', 'shared', 'sources', 'kremlin-2022-02-18-news-conference.txt');
const SLUG = '2022-02-18-russian-belarusian-talks';
const SPEAKERS = ['vladimir-putin', 'alexander-lukashenko', 'andrei-kolesnikov', 'vladimir-putin', 'alexander-lukashenko', 'alyona-syrova', 'vladimir-putin', 'alexander-lukashenko'];

const words = (element: Element) => toText(element, { whitespace: 'normal' }).split(/\s+/u).filter(Boolean);
const turnsOf = (dist: string) => selectAll('section.turn', builtPage(`/transcripts/${SLUG}/`, dist));

describe('importing the seed and building the result', () => {
  const out = mkdtempSync(join(tmpdir(), 'imported-'));
  let imported: ReturnType<typeof spawnSync>;
  let build: BuildResult;
  beforeAll(() => {
    imported = spawnSync('npm', ['run', '--silent', 'import', '--', RAW_ARGUMENT, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    build = buildFrom(out);
  });

  test('the command writes one file and prints its path', () => {
    expect(imported.status).toBe(0);
    expect(String(imported.stdout).trim()).toBe(join(out, `${SLUG}.md`));
    expect(readdirSync(out)).toEqual([`${SLUG}.md`]);
    expect(String(imported.stderr)).toContain("warning: the text gives no address of its page");
  });

  test('the imported transcript builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  test('it renders the 8 turns of the committed transcript, with the same speakers and words', () => {
    const turns = turnsOf(build.outDir);
    const committed = turnsOf(join(ROOT, 'dist'));
    expect(turns.map((turn) => turn.properties['dataSpeaker'])).toEqual(SPEAKERS);
    expect(committed.map((turn) => turn.properties['dataSpeaker'])).toEqual(SPEAKERS);
    turns.forEach((turn, index) => {
      expect(turn.properties['id']).toBe(committed[index]?.properties['id']);
      expect(words(select('.turn-body', turn) as Element)).toEqual(words(select('.turn-body', committed[index] as Element) as Element));
      expect(toText(select('h2', turn) as Element)).toBe(toText(select('h2', committed[index] as Element) as Element));
    });
  });

  test('every word of the raw page’s transcript is in a turn, in order', () => {
    const raw = readFileSync(join(ROOT, RAW_ARGUMENT), 'utf8');
    const rendered = turnsOf(build.outDir).flatMap((turn) => words(select('.turn-body', turn) as Element));
    const labels = /^(?:President of\u00a0Russia Vladimir Putin|President of\u00a0the\u00a0Republic of\u00a0Belarus Alexander Lukashenko|Kommersant newspaper correspondent Andrei Kolesnikov|Vladimir Putin|Alexander Lukashenko|Alyona Syrova): /gmu;
    const body = raw.slice(raw.indexOf('President of\u00a0Russia Vladimir Putin:'), raw.lastIndexOf('February 18, 2022'));
    expect(rendered).toEqual(body.replace(labels, '').split(/\s+/u).filter(Boolean));
  });
});
