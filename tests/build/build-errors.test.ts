import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFrom, contentFolder } from '../../src/tooling/site-build';

const SEED = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'transcripts', '2022-02-18-russian-belarusian-talks.md'), 'utf8');
const lineOf = (source: string, text: string) => source.slice(0, source.indexOf(text)).split('\n').length;

describe('a broken transcript stops the real build with its file and line', () => {
  test('an undeclared speaker', () => {
    const broken = SEED.replace('## alyona-syrova', '## alyona-syrov');
    const result = buildFrom(contentFolder({ 'broken.md': broken }));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`broken.md:${lineOf(broken, '## alyona-syrov')}: turn speaker "alyona-syrov" is not declared`);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });

  test('an impossible date', () => {
    const broken = SEED.replace('date: 2022-02-18', 'date: 2022-02-30');
    const result = buildFrom(contentFolder({ 'broken.md': broken }));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('broken.md:3: invalid front matter: date: "2022-02-30" is not a date');
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});
