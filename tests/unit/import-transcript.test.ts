import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkMarkdown } from '../../src/importer/check-markdown';
import { ImportError } from '../../src/importer/import-problem';
import { FALLBACK_SOURCE, importTranscript } from '../../src/importer/import-transcript';
import { parseTranscript } from '../../src/importer/parse-transcript';
import { applySpeakerOverrides, readSpeakerOverrides } from '../../src/importer/speaker-overrides';
import { toMarkdown } from '../../src/importer/to-markdown';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED_RAW = readFileSync(join(ROOT, '..', 'shared', 'sources', 'kremlin-2022-02-18-news-conference.txt'), 'utf8');
const COMMITTED = readFileSync(join(ROOT, 'content', 'transcripts', '2022-02-18-russian-belarusian-talks.md'), 'utf8');
/** The one edit a person made to the importer's output: the page's address, which the raw text does not hold. */
const SEED_SOURCE = 'http://en.kremlin.ru/events/president/news/67809';

describe('the seed transcript', () => {
  test('the committed file is the importer’s output, byte for byte, given the page’s address', async () => {
    const { markdown, transcript } = await importTranscript(SEED_RAW, { source: SEED_SOURCE });
    expect(markdown.text).toBe(COMMITTED);
    expect(transcript.warnings).toEqual([]);
  });

  test('without --source, the only difference is the source line a person fills in, and the Russian original that follows from it', async () => {
    const { markdown, transcript } = await importTranscript(SEED_RAW);
    expect(markdown.text.replace(`source: ${FALLBACK_SOURCE}\n`, `source: ${SEED_SOURCE}\noriginalUrl: ${SEED_SOURCE.replace('en.kremlin.ru', 'kremlin.ru')}\n`)).toBe(COMMITTED);
    expect(transcript.warnings).toEqual([{ line: undefined, message: expect.stringContaining("pass --source with the page's address") }]);
  });

  test('Alyona Syrova keeps "STV Channel." as her first paragraph, and it is her role', () => {
    const { speakers, turns } = parseTranscript(SEED_RAW);
    expect(speakers.find((speaker) => speaker.key === 'alyona-syrova')?.role).toBe('STV Channel');
    expect(turns[5]?.paragraphs[0]?.text).toBe('STV Channel.');
  });
});

/** A minimal page in the kremlin.ru format, with `body` after the summary. */
const page = (body: string) => `Official website of the President of Russia\n\nNews /\n\nTalks\n\nMay 5, 2023, Moscow\n\nThe leaders met.\n\n${body}\n`;

function errorOf(raw: string): string {
  try {
    parseTranscript(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return `${(error as ImportError).line ?? '-'}: ${(error as ImportError).message}`;
  }
  throw new Error('no error');
}

describe('raw text the importer refuses, with the line to look at', () => {
  test.each([
    ['an empty file', '', '1: the file is empty: paste the text of a kremlin.ru transcript page into it'],
    ['a file of blank lines', ' \r\n\u00a0\n\n', '1: the file is empty: paste the text of a kremlin.ru transcript page into it'],
    [
      'no dateline',
      'Talks\n\nVladimir Putin: Hello.\n',
      '1: no dateline: the title must be followed by a line such as "February 18, 2022, The Kremlin, Moscow" or "December 20, 2012, Moscow"',
    ],
    ['an impossible day', 'Talks\n\nFebruary 30, 2022, Moscow\n', '3: the dateline "February 30, 2022, Moscow" names a day the calendar does not have'],
    ['a dateline without a place', 'Talks\n\nFebruary 18, 2022\n', '3: the dateline "February 18, 2022" names no place: it should read like "December 20, 2012, Moscow"'],
    [
      'no speaker labels',
      page('Let me repeat what I just said: we do not want war.\n\nThank you.'),
      '9: no speaker labels: no paragraph after the dateline starts with a label such as "Vladimir Putin:" or "Question:"',
    ],
    [
      'the label-like paragraph of tests/fixtures/import/errors/label-before-first-turn.txt',
      readFileSync(join(ROOT, 'tests', 'fixtures', 'import', 'errors', 'label-before-first-turn.txt'), 'utf8'),
      '17: "I would like to thank President Putin:" reads like a speaker label before the first turn',
    ],
    [
      'a label-like paragraph before the first turn',
      page('I would like to thank President Putin: he kept his word.\n\nVladimir Putin: Thank you.'),
      '11: "I would like to thank President Putin:" reads like a speaker label before the first turn, but is no label the importer knows, so it cannot tell where the summary ends',
    ],
    ['a label with no text', page('Vladimir Putin:\n\nQuestion: Why?'), '11: this speaker label has no text before the next label'],
  ])('%s', (_, raw, message) => {
    expect(errorOf(raw)).toContain(message);
  });
});

describe('speaker fixes from --speakers', () => {
  const transcript = parseTranscript(page('President of Türkiye Recep Tayyip Erdogan: Hello.\n\nQuestion: Why?\n\nAlyona Syrova: STV Channel. Why not?'));
  const fix = (json: string) => applySpeakerOverrides(transcript, readSpeakerOverrides('speakers.json', json));

  test('the importer’s guess, and the warning that asks for a fix', () => {
    expect(transcript.speakers.map(({ key, name, role }) => ({ key, name, role }))).toEqual([
      { key: 'tayyip-erdogan', name: 'Tayyip Erdogan', role: 'President of Türkiye Recep' },
      { key: 'question', name: 'Question', role: undefined },
      { key: 'alyona-syrova', name: 'Alyona Syrova', role: 'STV Channel' },
    ]);
    expect(transcript.warnings).toEqual([{ line: 11, message: expect.stringContaining('if the split is wrong, fix it with --speakers') }]);
  });

  test('change a key, a name and a role, or remove a role; the turns follow the new key', () => {
    const fixed = fix(`{
      "tayyip-erdogan": { "key": "recep-tayyip-erdogan", "name": "Recep Tayyip Erdogan", "role": "President of Türkiye" },
      "question": { "name": "Question from the audience" },
      "alyona-syrova": { "role": null }
    }`);
    expect(fixed.speakers.map(({ key, name, role }) => ({ key, name, role }))).toEqual([
      { key: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdogan', role: 'President of Türkiye' },
      { key: 'question', name: 'Question from the audience', role: undefined },
      { key: 'alyona-syrova', name: 'Alyona Syrova', role: undefined },
    ]);
    expect(fixed.turns.map((turn) => turn.speaker)).toEqual(['recep-tayyip-erdogan', 'question', 'alyona-syrova']);
  });

  test('two speakers given one key become one speaker', () => {
    const fixed = fix('{ "question": { "key": "alyona-syrova" } }');
    expect(fixed.speakers.map((speaker) => speaker.key)).toEqual(['tayyip-erdogan', 'alyona-syrova']);
    expect(fixed.turns.map((turn) => turn.speaker)).toEqual(['tayyip-erdogan', 'alyona-syrova', 'alyona-syrova']);
  });

  test.each([
    ['{ "question": { "name": "Q" }, }', 'speakers.json:1: invalid JSON'],
    ['{\n  "question": {\n    "key": "Not A Slug"\n  }\n}', 'speakers.json:3: question.key: must be a lowercase slug'],
    ['{\n  "question": { "colour": "red" }\n}', 'speakers.json:2: question: Unrecognized key: "colour"'],
    ['{\n  "putin": { "name": "V. Putin" }\n}', 'speakers.json:2: there is no speaker "putin" in this transcript; its speakers are tayyip-erdogan, question, alyona-syrova'],
  ])('%s is refused with its line', (json, message) => {
    expect(() => fix(json)).toThrow(message);
  });
});

describe('the check before writing refuses a file that would not build or would show other words', () => {
  const transcript = parseTranscript(page('Vladimir Putin: Hello, *friends*.\n\nQuestion: Why?'));
  const markdown = toMarkdown(transcript, 'http://en.kremlin.ru/events/president/news/1');

  const problemWith = async (text: string) => {
    try {
      await checkMarkdown({ ...markdown, text }, transcript);
    } catch (error) {
      return `${(error as ImportError).line ?? '-'}: ${(error as ImportError).message}`;
    }
    return 'no problem';
  };

  test('the file as written passes', async () => {
    expect(await problemWith(markdown.text)).toBe('no problem');
  });

  test.each([
    ['an unescaped character', (text: string) => text.replace('\\*friends\\*', '*friends*'), '11: this paragraph would render as "Hello, friends." instead of "Hello, *friends*."'],
    ['raw HTML', (text: string) => text.replace('Why?', 'Why?<br>'), '13: the imported text would not build: raw HTML is not allowed in a transcript'],
    ['a lost turn', (text: string) => text.replace('## question\n\n', ''), '11: this turn renders with 2 blocks instead of 1 paragraphs'],
    ['invalid front matter', (text: string) => text.replace('source: http://en.kremlin.ru/events/president/news/1', 'source: nowhere'), '-: the generated file has invalid front matter: source: must be an http(s) URL'],
  ])('%s', async (_, edit, message) => {
    expect(await problemWith(edit(markdown.text))).toContain(message);
  });
});
