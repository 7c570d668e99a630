import { expect, test } from 'vitest';
import { escapeMarkdown, transcriptMarkdown } from '../../src/tooling/corpus/markdown';
import { renderTranscript } from '../helpers/render-markdown';

const frontmatter = {
  title: 'Meeting: on *everything*',
  date: '2010-05-04',
  place: 'Sochi',
  source: 'https://archive.example.org/events/1',
  summary: 'A summary with a colon: and "quotes".',
  speakers: [{ key: 'anna-orlova', name: 'Anna Orlova', role: 'RBC' }],
};

test.each([
  '1. Not a list item, and *not* emphasis.',
  '- Not a list either <b>nor HTML</b> nor [a link](http://x.org) nor `code`.',
  '# Not a heading, & not an entity: &amp; nor a \\ backslash ~~strike~~ | pipe _under_',
])('escaped text renders as exactly the words it holds: %s', async (text) => {
  const markdown = transcriptMarkdown({ frontmatter, turns: [{ speaker: 'anna-orlova', paragraphs: [text] }] });
  const { turns } = await renderTranscript(markdown);
  expect(turns.map((turn) => turn.blocks.map((block) => block.type === 'paragraph' && block.text))).toEqual([[text]]);
  const [block] = turns[0]?.blocks ?? [];
  expect(block?.type === 'paragraph' && block.html).toMatch(/^[^<]+$/);
});

test('writes front matter as YAML and one `## key` heading per turn', () => {
  const markdown = transcriptMarkdown({
    frontmatter,
    turns: [
      { speaker: 'anna-orlova', paragraphs: ['One.', 'Two.'] },
      { speaker: 'anna-orlova', paragraphs: ['Three.'] },
    ],
  });
  expect(markdown).toContain('title: "Meeting: on *everything*"\ndate: 2010-05-04\n');
  expect(markdown.endsWith('---\n\n## anna-orlova\n\nOne.\n\nTwo.\n\n## anna-orlova\n\nThree.\n')).toBe(true);
  expect(escapeMarkdown('plain words, stay plain.')).toBe('plain words, stay plain.');
});
