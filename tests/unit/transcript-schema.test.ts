import { describe, expect, test } from 'vitest';
import { parseTranscript } from '../../src/utils/transcript-file';

const valid = `---
title: News conference
date: 2022-02-18
place: The Kremlin, Moscow
source: http://en.kremlin.ru/events/president/news/67809
summary: A joint news conference.
speakers:
  - key: vladimir-putin
    name: Vladimir Putin
    role: President of Russia
  - key: alyona-syrova
    name: Alyona Syrova
    role: STV Channel
---

## vladimir-putin

Hello.
`;

/** Validates a transcript file's front matter the way the loader does and returns the message. */
function problemWith(source: string): string | undefined {
  try {
    parseTranscript('x.md', source);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

test('the seed-shaped front matter is valid and normalised', () => {
  const data = parseTranscript('x.md', valid).data;
  expect(data.date.toISOString()).toBe('2022-02-18T00:00:00.000Z');
  expect(data.lang).toBe('en');
  expect(data.translationNote).toBe("The English text is the Kremlin's translation.");
  expect(data.speakers.map((speaker) => speaker.key)).toEqual(['vladimir-putin', 'alyona-syrova']);
});

test('non-breaking spaces in names and roles become plain spaces', () => {
  const data = parseTranscript('x.md', valid.replace('President of Russia', 'President of\u00a0Russia')).data;
  expect(data.speakers[0]?.role).toBe('President of Russia');
});

describe.each([
  ['a missing title', valid.replace(/^title: .*\n/m, ''), 'x.md:1: invalid front matter: title: is required'],
  ['an empty title', valid.replace(/^title: .*$/m, 'title: ""'), 'x.md:2: invalid front matter: title: must not be empty'],
  ['an impossible date', valid.replace('2022-02-18', '2022-02-30'), 'x.md:3: invalid front matter: date: "2022-02-30" is not a date'],
  ['a date in words', valid.replace('2022-02-18', 'February 18, 2022'), 'x.md:3: invalid front matter: date: "February 18, 2022" is not a date'],
  ['a source that is not http', valid.replace(/^source: .*$/m, 'source: javascript:alert(1)'), 'x.md:5: invalid front matter: source: must be an http(s) URL'],
  ['a duplicate speaker key', valid.replace('key: alyona-syrova', 'key: vladimir-putin'), 'x.md:11: invalid front matter: speakers.1.key: duplicate speaker key "vladimir-putin"'],
  ['a speaker key that is not a slug', valid.replace('key: alyona-syrova', 'key: Alyona Syrova'), 'x.md:11: invalid front matter: speakers.1.key: must be a lowercase slug'],
  ['a speaker without a name', valid.replace('    name: Alyona Syrova\n', ''), 'x.md:11: invalid front matter: speakers.1.name:'],
  ['no speakers', valid.replace(/speakers:[\s\S]*?---/, 'speakers: []\n---'), 'x.md:7: invalid front matter: speakers: must list at least one speaker'],
  ['an unknown field', valid.replace('place:', 'venue: x\nplace:'), 'x.md:4: invalid front matter: (front matter): Unrecognized key: "venue"'],
  ['invalid YAML', valid.replace('place: The Kremlin, Moscow', 'place: The Kremlin: Moscow'), 'x.md:4: invalid YAML in the front matter'],
  ['a repeated YAML key', valid.replace('place:', 'title: again\nplace:'), 'x.md:4: invalid YAML in the front matter: Map keys must be unique'],
  ['a missing front matter fence', valid.replace(/^---\n/, ''), 'x.md:1: missing front matter'],
  ['an empty file', '', 'x.md:1: the file is empty'],
  ['a binary file', '\u0000\u0001PNG', 'x.md:1: the file is not text'],
])('%s', (_name, source, message) => {
  test('is rejected with the file and line', () => {
    expect(problemWith(source)).toContain(message);
  });
});
