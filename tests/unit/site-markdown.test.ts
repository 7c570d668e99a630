import { expect, test } from 'vitest';
import { renderLikeTheSite } from '../../src/importer/site-markdown';

const file = (body: string) => `---\ntitle: T\nspeakers:\n  - key: vladimir-putin\n    name: Vladimir Putin\n---\n\n## vladimir-putin\n\n${body}\n`;

test('the importer renders with the site’s pipeline: speaker turns, no GFM, no smartypants', async () => {
  const { html, frontmatter } = await renderLikeTheSite(file('"Quotes" -- ~~not struck~~ www.example.com | a | b |'));
  expect(html).toContain('<p>"Quotes" -- ~~not struck~~ www.example.com | a | b |</p>');
  const text = '"Quotes" -- ~~not struck~~ www.example.com | a | b |';
  expect(frontmatter['turns']).toEqual([expect.objectContaining({ anchor: 'vladimir-putin-1', speaker: 'vladimir-putin', blocks: [{ type: 'paragraph', text, html: text.replace(/"/g, '"') }] })]);
});

test('a problem is reported at its line of the whole file', async () => {
  await expect(renderLikeTheSite(file('Hello <script>alert(1)</script>'))).rejects.toThrow(':10: raw HTML is not allowed in a transcript');
});
