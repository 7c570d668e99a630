import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importTranscript, type ImportResult } from '../../src/importer/import-transcript';
import { defaultSlug } from '../../src/importer/slug';
import type { Turn } from '../../src/schemas/turn';
import { turnText } from '../../src/utils/turn-text';
import { renderTranscript } from '../helpers/render-markdown';

/**
 * Each folder in tests/fixtures/import holds a raw page (`input.txt`, written in the formats
 * kremlin.ru uses) and what a person reading it expects (`expected.json`): the front matter,
 * the file name, each turn's speaker and the label that starts it as printed, where the
 * transcript ends, and the warnings. A new case is a new folder.
 */
interface Expected {
  source?: string;
  frontmatter: Record<string, unknown>;
  slug: string;
  turns: { speaker: string; label: string; note?: string }[];
  /** The raw line at which the transcript ends (the closing dateline, or the publication block). */
  end?: string;
  warnings: { line: number; includes: string }[];
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const plain = (text: string) => text.replace(/\s+/gu, ' ').trim();
const words = (text: string) => text.split(/\s+/u).filter(Boolean);

/**
 * The words of each turn, read from the raw text with the fixture's own labels, independently
 * of the importer: from each label to the next, the label and its colon left out, a bracketed
 * note kept.
 */
function rawTurnWords(raw: string, expected: Expected): string[][] {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const end = expected.end === undefined ? lines.length : lines.findLastIndex((line) => plain(line) === expected.end);
  expect(end, 'the fixture’s end line is in the raw text').toBeGreaterThan(0);
  const turns: string[][] = [];
  for (const line of lines.slice(0, end)) {
    const next = expected.turns[turns.length];
    const label = next && `${next.label}${next.note ? ` ${next.note}` : ''}:`;
    if (next && label && plain(line).startsWith(label)) {
      turns.push([...words(next.note ?? ''), ...words(line.slice(label.length))]);
    } else if (turns.length > 0) {
      turns.at(-1)?.push(...words(line));
    }
  }
  expect(turns, 'every expected label starts a paragraph of the raw text').toHaveLength(expected.turns.length);
  return turns;
}

/** The folders of pasted pages; `saved-page/`, `archive/` and `errors/` have tests of their own. */
const PASTED = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'input.txt')));

test('every form of the README has its fixture folder', () => {
  const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
  for (const name of PASTED) expect(readme).toContain(`\`${name}/\``);
});

describe.each(PASTED)('import fixture %s', (name) => {
  const raw = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
  let result: ImportResult;
  let turns: Turn[];
  beforeAll(async () => {
    result = await importTranscript(raw, { source: expected.source });
    ({ turns } = await renderTranscript(result.markdown.text));
  });

  test('the front matter holds the title, dateline, links, summary and speakers', () => {
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(result.markdown.text)?.[1] ?? '';
    expect(parseYaml(frontmatter)).toEqual(expected.frontmatter);
  });

  test('the default file name is the date and a short slug of the title', () => {
    expect(defaultSlug(result.transcript.meta.date, result.transcript.meta.title)).toBe(expected.slug);
  });

  test('the rendered turns have the expected speakers, in order', () => {
    expect(turns.map((turn) => turn.speaker)).toEqual(expected.turns.map((turn) => turn.speaker));
  });

  test('each rendered turn holds exactly its raw words, in order', () => {
    const rendered = turns.map((turn) => words(turnText(turn)));
    expect(rendered).toEqual(rawTurnWords(raw, expected));
  });

  test('the importer warns about exactly the doubtful lines', () => {
    expect(result.transcript.warnings.map((warning) => warning.line)).toEqual(expected.warnings.map((warning) => warning.line));
    result.transcript.warnings.forEach((warning, index) => expect(warning.message).toContain(expected.warnings[index]?.includes));
  });
});

test('the crlf-and-bom fixture really starts with a byte order mark and ends its lines with CRLF', () => {
  const bytes = readFileSync(join(FIXTURES, 'crlf-and-bom', 'input.txt'));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8').split('\r\n').length).toBe(bytes.toString('utf8').split('\n').length);
});
