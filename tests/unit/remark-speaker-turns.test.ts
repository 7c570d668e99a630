import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { turnSchema, type Turn } from '../../src/schemas/turn';
import { plainLines, turnText } from '../../src/utils/turn-text';
import { renderTranscript } from '../helpers/render-markdown';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const read = (...parts: string[]) => readFileSync(join(fixtures, ...parts), 'utf8');
const paragraph = (text: string) => ({ type: 'paragraph', text, html: text });

describe.each(readdirSync(join(fixtures, 'speaker-turns')))('fixture %s', (name) => {
  test('reads exactly the expected turns', async () => {
    const { turns } = await renderTranscript(read('speaker-turns', name, 'input.md'));
    expect(turns).toEqual(JSON.parse(read('speaker-turns', name, 'turns.json')));
    expect(turnSchema.array().parse(turns)).toEqual(turns);
  });
});

describe.each(readdirSync(join(fixtures, 'speaker-turn-errors')))('bad input %s', (name) => {
  test('stops with the expected file:line message', async () => {
    const expected = read('speaker-turn-errors', name, 'error.txt').trim();
    await expect(renderTranscript(read('speaker-turn-errors', name, 'input.md'))).rejects.toThrow(expected);
  });
});

describe('turn contract', () => {
  test('each turn has a readable anchor, its speaker, its place and only its own text', async () => {
    const { turns } = await renderTranscript(read('speaker-turns', 'repeat-speaker', 'input.md'));
    expect(turns.map(({ anchor, speaker, position, countForSpeaker }) => [anchor, speaker, position, countForSpeaker])).toEqual([
      ['vladimir-putin-1', 'vladimir-putin', 1, 1],
      ['alyona-syrova-1', 'alyona-syrova', 2, 1],
      ['vladimir-putin-2', 'vladimir-putin', 3, 2],
    ]);
    expect(turnText(turns[2] as Turn)).toBe('Let me repeat what I just said: we do not want war.');
  });

  test('inner headings get their ids from rehype-slug, repeated ones numbered', async () => {
    const source = read('speaker-turns', 'inner-heading', 'input.md').replace('Trade is growing.', 'Trade is growing.\n\n### Economy\n\nAgain.');
    const { turns } = await renderTranscript(source);
    const ids = turns[0]?.blocks.flatMap((block) => (block.type === 'heading' ? [block.id] : []));
    expect(ids).toEqual(['economy', 'economy-1']);
  });

  test('a list keeps its items apart, in the text and in the word count', async () => {
    const { turns } = await renderTranscript(read('speaker-turns', 'list-and-quote', 'input.md'));
    const [turn] = turns as [Turn];
    expect(plainLines(turn.blocks).slice(0, 4)).toEqual(['We agreed on three things:', 'lower inflation;', 'higher real wages;', 'cheaper credit.']);
    expect(turn.words).toBe(27);
  });

  test('a heading above level 3 inside a turn stops the build with its line', async () => {
    const source = read('speaker-turns', 'inner-heading', 'input.md').replace('### Economy', '# Economy');
    await expect(renderTranscript(source)).rejects.toThrow('a level-1 heading inside a turn');
  });

  test('the turns are reported with anchors, blocks and word counts', async () => {
    const { turns } = await renderTranscript(read('speaker-turns', 'two-speakers', 'input.md'));
    expect(turns).toEqual([
      {
        anchor: 'vladimir-putin-1',
        speaker: 'vladimir-putin',
        position: 1,
        countForSpeaker: 1,
        blocks: [paragraph('Mr President, colleagues, ladies and gentlemen,'), paragraph('First of all, thank you.')],
        words: 11,
      },
      {
        anchor: 'alyona-syrova-1',
        speaker: 'alyona-syrova',
        position: 2,
        countForSpeaker: 1,
        blocks: [paragraph('STV Channel.'), paragraph('My question is addressed to both of you.')],
        words: 10,
      },
    ]);
  });

  test('a declared speaker who never speaks is a warning, not an error', async () => {
    const source = read('speaker-turns', 'two-speakers', 'input.md').replace(/## alyona-syrova[\s\S]*/, '');
    const { messages } = await renderTranscript(source);
    expect(messages).toEqual([expect.stringContaining('speaker "alyona-syrova" is declared but never speaks')]);
  });
});
