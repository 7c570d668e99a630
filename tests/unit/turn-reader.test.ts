import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import readTranscript from '../../src/loaders/read-transcript';
import { turnReader, type TurnReader } from '../../src/loaders/turn-reader';
import { generateCorpus } from '../../src/tooling/corpus/corpus';
import { SEED_TEXT } from '../../src/tooling/corpus/write-corpus';

const REAL = join(import.meta.dirname, '..', '..', 'content', 'transcripts', '2022-02-18-russian-belarusian-talks.md');

let reader: TurnReader | undefined;
afterEach(async () => {
  await reader?.close();
  reader = undefined;
});

describe('the turn reader', () => {
  test('reads the real transcript and a generated archive in its workers exactly as in this thread', async () => {
    const files = [
      { path: REAL, text: readFileSync(REAL, 'utf8') },
      ...[...generateCorpus({ count: 9, seed: 'turn-reader', seedText: readFileSync(SEED_TEXT, 'utf8'), maxWords: 2000 })].map(({ slug, markdown }) => ({ path: `content/transcripts/${slug}.md`, text: markdown })),
    ];
    reader = turnReader(2);
    expect(reader.width).toBe(4);
    const pooled = await Promise.all(files.map((file) => (reader as TurnReader).read(file)));
    const here = await Promise.all(files.map((file) => readTranscript(file)));
    expect(pooled).toEqual(here);
    const [real] = pooled;
    expect(real && 'turns' in real && real.turns.length).toBeGreaterThan(5);
    expect(real && 'data' in real && real.data.date).toEqual(new Date('2022-02-18'));
  });

  test('reports a file’s problem from a worker with the file, the line and the step', async () => {
    reader = turnReader(2);
    const real = readFileSync(REAL, 'utf8');
    await reader.read({ path: REAL, text: real });
    const text = real.replace('\n## andrei-kolesnikov\n', '\n## nobody-declared\n');
    const line = text.split('\n').indexOf('## nobody-declared') + 1;
    expect(line).toBeGreaterThan(100);
    expect(await reader.read({ path: 'content/transcripts/undeclared.md', text })).toEqual({
      step: 'turns',
      problem: expect.stringMatching(new RegExp(`^content/transcripts/undeclared\\.md:${line}: turn speaker "nobody-declared" is not declared in the front matter's speakers`)),
    });
    expect(await reader.read({ path: 'content/transcripts/unfenced.md', text: text.replace(/^---\n/, '') })).toEqual({ step: 'file', problem: expect.stringMatching(/^content\/transcripts\/unfenced\.md:1: missing front matter/) });
  });
});
