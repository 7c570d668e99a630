import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus/corpus';
import type { GeneratedTranscript } from '../../scripts/bench/corpus/transcript';
import { SEED_TEXT } from '../../scripts/bench/write-corpus';
import { buildFrom, contentFolder, type BuildResult } from '../helpers/build';
import { builtPage } from '../helpers/built-site';

/** An archive of 30 generated transcripts, built once for every test in this file. */
const corpus: GeneratedTranscript[] = [...generateCorpus({ count: 30, seed: 'archive-test', seedText: readFileSync(SEED_TEXT, 'utf8') })];
let build: BuildResult;

beforeAll(() => {
  const dir = contentFolder({});
  for (const transcript of corpus) writeFileSync(join(dir, `${transcript.slug}.md`), transcript.markdown);
  build = buildFrom(dir);
  if (build.status !== 0) throw new Error(`the generated archive did not build:\n${build.output}`);
});

const newestFirst = [...corpus].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));

describe('a site built from 30 generated transcripts', () => {
  test('the home page lists all 30, newest first', () => {
    const links = selectAll('ol.transcripts a.title', builtPage('/', build.outDir)) as Element[];
    expect(links.map((link) => link.properties['href'])).toEqual(newestFirst.map((t) => `/transcripts/${t.slug}/`));
  });

  test.each(corpus.map((t) => [t.slug, t] as const))('/transcripts/%s/ shows every turn, by the right speaker', (slug, transcript) => {
    const turns = selectAll('section.turn', builtPage(`/transcripts/${slug}/`, build.outDir)) as Element[];
    expect(turns.map((turn) => turn.properties['dataSpeaker'])).toEqual(transcript.turnSpeakers);
  });
});
