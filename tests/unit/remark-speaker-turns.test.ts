import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderTranscript } from '../helpers/render-markdown';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const read = (...parts: string[]) => readFileSync(join(fixtures, ...parts), 'utf8');

describe.each(readdirSync(join(fixtures, 'speaker-turns')))('fixture %s', (name) => {
  test('renders exactly the expected HTML', async () => {
    const { html } = await renderTranscript(read('speaker-turns', name, 'input.md'));
    expect(html + '\n').toBe(read('speaker-turns', name, 'output.html'));
  });
});

describe.each(readdirSync(join(fixtures, 'speaker-turn-errors')))('bad input %s', (name) => {
  test('stops with the expected file:line message', async () => {
    const expected = read('speaker-turn-errors', name, 'error.txt').trim();
    await expect(renderTranscript(read('speaker-turn-errors', name, 'input.md'))).rejects.toThrow(expected);
  });
});

describe('turn contract', () => {
  test('each turn is one section with a readable anchor, its speaker and its own text', async () => {
    const { html } = await renderTranscript(read('speaker-turns', 'repeat-speaker', 'input.md'));
    expect(html).toContain('<section id="vladimir-putin-1" class="turn" data-speaker="vladimir-putin" data-turn="1">');
    expect(html).toContain('<section id="alyona-syrova-1" class="turn" data-speaker="alyona-syrova" data-turn="2">');
    expect(html).toContain('<section id="vladimir-putin-2" class="turn" data-speaker="vladimir-putin" data-turn="3">');
    const second = html.slice(html.indexOf('id="vladimir-putin-2"'));
    expect(second).toContain('Let me repeat what I just said: we do not want war.');
    expect(second).not.toContain('Let me go first.');
  });

  test('a sentence with a colon stays inside the turn instead of starting a new one', async () => {
    const { html } = await renderTranscript(read('speaker-turns', 'repeat-speaker', 'input.md'));
    expect(html.match(/<section /g)).toHaveLength(3);
  });

  test('the role shows on a speaker’s first turn only', async () => {
    const { html } = await renderTranscript(read('speaker-turns', 'repeat-speaker', 'input.md'));
    expect(html.match(/turn-speaker-role">President of Russia/g)).toHaveLength(1);
    expect(html).toMatch(/id="vladimir-putin-2-speaker" class="turn-speaker"><span class="turn-speaker-name">Vladimir Putin<\/span><\/h2>/);
  });

  test('other headings get ids from rehype-slug, turn headings keep their own', async () => {
    const { html } = await renderTranscript(read('speaker-turns', 'inner-heading', 'input.md'));
    expect(html).toContain('<h3 id="economy">Economy</h3>');
    expect(html).toContain('<h2 id="vladimir-putin-1-speaker" class="turn-speaker">');
  });

  test('the turns are reported with anchors, paragraphs and word counts', async () => {
    const { frontmatter } = await renderTranscript(read('speaker-turns', 'two-speakers', 'input.md'));
    expect(frontmatter['turns']).toEqual([
      {
        anchor: 'vladimir-putin-1',
        speaker: 'vladimir-putin',
        position: 1,
        countForSpeaker: 1,
        paragraphs: ['Mr President, colleagues, ladies and gentlemen,', 'First of all, thank you.'],
        words: 11,
      },
      {
        anchor: 'alyona-syrova-1',
        speaker: 'alyona-syrova',
        position: 2,
        countForSpeaker: 1,
        paragraphs: ['STV Channel.', 'My question is addressed to both of you.'],
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
