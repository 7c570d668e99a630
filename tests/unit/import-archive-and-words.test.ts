import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { accountWords } from '../../src/importer/account-words';
import type { ArchiveSpeaker } from '../../src/importer/archive-speakers';
import { ImportError } from '../../src/importer/import-problem';
import { prepareImport } from '../../src/importer/import-transcript';
import { parseTranscript } from '../../src/importer/parse-transcript';
import type { ParsedTranscript } from '../../src/importer/parsed-transcript';
import { readSpeakerOverrides } from '../../src/importer/speaker-overrides';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const SEED = readFileSync(join(ROOT, '..', 'shared', 'sources', 'kremlin-2022-02-18-news-conference.txt'), 'utf8');

/** The seed transcript's speakers, as `content/transcripts` holds them, with one key an editor chose. */
const ARCHIVE: ArchiveSpeaker[] = [
  { key: 'vladimir-putin', name: 'Vladimir Putin', file: '2022-02-18-russian-belarusian-talks.md' },
  { key: 'alexander-lukashenko', name: 'Alexander Lukashenko', file: '2022-02-18-russian-belarusian-talks.md' },
  { key: 'andrei-kolesnikov-kommersant', name: 'Andrei Kolesnikov', file: '2022-02-18-russian-belarusian-talks.md' },
  { key: 'alyona-syrova', name: 'Alyona Syrova', file: '2022-02-18-russian-belarusian-talks.md' },
];

const SOURCE = 'http://en.kremlin.ru/events/president/news/1';
const keysOf = (transcript: ParsedTranscript) => transcript.speakers.map((speaker) => speaker.key);

describe('one person, one key, across the archive', () => {
  test('"PRESIDENT OF RUSSIA VLADIMIR PUTIN:" in 2006 is the vladimir-putin of 2022, and a key an editor chose is kept', () => {
    const { transcript } = prepareImport(fixture('archive/2006-press-statement.txt'), { archive: ARCHIVE, source: SOURCE });
    expect(transcript.speakers.map(({ key, name, role }) => ({ key, name, role }))).toEqual([
      { key: 'vladimir-putin', name: 'Vladimir Putin', role: 'President of Russia' },
      { key: 'andrei-kolesnikov-kommersant', name: 'Andrei Kolesnikov', role: undefined },
    ]);
    expect(transcript.turns.map((turn) => turn.speaker)).toEqual(['vladimir-putin', 'andrei-kolesnikov-kommersant', 'vladimir-putin']);
    expect(transcript.warnings).toEqual([]);
  });

  test('initials that fit one archive name take its key, with a warning; without an archive they keep their own', () => {
    const raw = fixture('archive/2002-regional-journalists.txt');
    expect(keysOf(parseTranscript(raw))).toEqual(['v-putin', 'a-syrova']);
    const { transcript } = prepareImport(raw, { archive: ARCHIVE, source: SOURCE });
    expect(keysOf(transcript)).toEqual(['vladimir-putin', 'alyona-syrova']);
    expect(transcript.turns.map((turn) => turn.speaker)).toEqual(['vladimir-putin', 'alyona-syrova', 'vladimir-putin']);
    expect(transcript.warnings.map((warning) => `${warning.line}: ${warning.message}`)).toEqual([
      '15: "V. Putin" was taken to be "Vladimir Putin" of 2022-02-18-russian-belarusian-talks.md, key "vladimir-putin", as the initials fit: if not, give another key with --speakers',
      '17: "A. Syrova" was taken to be "Alyona Syrova" of 2022-02-18-russian-belarusian-talks.md, key "alyona-syrova", as the initials fit: if not, give another key with --speakers',
    ]);
  });

  test('a new person whose key the archive gives to someone else is warned about', () => {
    const archive = [{ key: 'vladimir-putin', name: 'Vladimir Vladimirovich Putin Jr', file: 'other.md' }];
    const { transcript } = prepareImport(fixture('archive/2006-press-statement.txt'), { archive, source: SOURCE });
    expect(transcript.warnings.map((warning) => warning.message)).toEqual([
      'the key "vladimir-putin" of "Vladimir Putin" is "Vladimir Vladimirovich Putin Jr" in other.md: if they are two people, give one another key with --speakers',
    ]);
  });

  test('--speakers wins over the archive', () => {
    const speakers = readSpeakerOverrides('speakers.json', '{ "andrei-kolesnikov-kommersant": { "key": "a-kolesnikov" } }');
    const { transcript } = prepareImport(fixture('archive/2006-press-statement.txt'), { archive: ARCHIVE, speakers, source: SOURCE });
    expect(keysOf(transcript)).toEqual(['vladimir-putin', 'a-kolesnikov']);
  });

  test('generic labels are never matched to archive people', () => {
    const { transcript } = prepareImport(fixture('no-summary/input.txt'), { archive: [{ key: 'vladimir-putin', name: 'Question', file: 'odd.md' }] });
    expect(keysOf(transcript)).toEqual(['question', 'vladimir-putin']);
  });
});

describe('the word check', () => {
  const check = (edit: (transcript: ParsedTranscript) => ParsedTranscript) => {
    try {
      accountWords(edit(parseTranscript(SEED)));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      return `${error.line ?? '-'}: ${error.message}`;
    }
    return 'passes';
  };

  test('passes on the seed as read', () => {
    expect(check((transcript) => transcript)).toBe('passes');
  });

  test('fails, naming the paragraph, when a paragraph went missing from a turn', () => {
    const problem = check((transcript) => ({ ...transcript, turns: transcript.turns.map((turn, index) => (index === 5 ? { ...turn, paragraphs: turn.paragraphs.filter((_, position) => position !== 1) } : turn)) }));
    expect(problem).toMatch(/^135: words of this paragraph are not in the summary or a turn, in order, exactly once: expected "Mr Lukashenko, Mr Putin, my question" but the import has "You mentioned in your speeches the" \(the paragraph reads "Mr Lukashenko/u);
  });

  test('fails when a turn was silently taken into the summary', () => {
    const problem = check((transcript) => ({
      ...transcript,
      meta: { ...transcript.meta, summary: `${transcript.meta.summary ?? ''} Mr President, colleagues, ladies and gentlemen,` },
    }));
    expect(problem).toMatch(/^17: words of this paragraph are not in the summary or a turn/u);
  });

  test('fails when words appear twice', () => {
    const problem = check((transcript) => ({ ...transcript, turns: [...transcript.turns, transcript.turns.at(-1) as ParsedTranscript['turns'][number]] }));
    expect(problem).toMatch(/^159: the import holds words the page does not have here: "Alexander Lukashenko What was the general"/u);
  });

  test('fails when a turn’s paragraphs come out of order', () => {
    const problem = check((transcript) => ({ ...transcript, turns: transcript.turns.map((turn, index) => (index === 0 ? { ...turn, paragraphs: [...turn.paragraphs].reverse() } : turn)) }));
    expect(problem).toMatch(/^17: words of this paragraph/u);
  });
});
