import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFrom, contentFolder, type BuildResult } from '../../src/tooling/site-build';

const SEED = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'transcripts', '2022-02-18-russian-belarusian-talks.md'), 'utf8');
const lineOf = (source: string, text: string) => source.slice(0, source.indexOf(text)).split('\n').length;

/** The real transcript broken in two ways, one file each, built together: each problem is named. */
const UNDECLARED = SEED.replace('## alyona-syrova', '## alyona-syrov');
const IMPOSSIBLE_DATE = SEED.replace('date: 2022-02-18', 'date: 2022-02-30');

describe('a broken transcript stops the real build with its file and line', () => {
  let result: BuildResult;
  beforeAll(() => {
    result = buildFrom(contentFolder({ 'undeclared.md': UNDECLARED, 'impossible-date.md': IMPOSSIBLE_DATE }));
  });

  test('the build fails and writes no page', () => {
    expect(result.status).not.toBe(0);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });

  test('an undeclared speaker', () => {
    expect(result.output).toContain(`undeclared.md:${lineOf(UNDECLARED, '## alyona-syrov')}: turn speaker "alyona-syrov" is not declared`);
  });

  test('an impossible date', () => {
    expect(result.output).toContain('impossible-date.md:3: invalid front matter: date: "2022-02-30" is not a date');
  });
});
