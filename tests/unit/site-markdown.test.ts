import { expect, test } from 'vitest';
import { renderLikeTheSite } from '../../src/importer/site-markdown';

const file = (body: string) => `---\ntitle: T\nspeakers:\n  - key: vladimir-putin\n    name: Vladimir Putin\n---\n\n## vladimir-putin\n\n${body}\n`;

test('the importer renders with the site’s pipeline: speaker turns, no GFM, no smartypants', async () => {
  const { html, frontmatter } = await renderLikeTheSite(file('"Quotes" -- ~~not struck~~ www.example.com | a | b |'));
  expect(html).toContain('<section id="vladimir-putin-1" class="turn" data-speaker="vladimir-putin" data-turn="1">');
  expect(html).toContain('<p>"Quotes" -- ~~not struck~~ www.example.com | a | b |</p>');
  expect(frontmatter['turns']).toEqual([expect.objectContaining({ speaker: 'vladimir-putin', paragraphs: ['"Quotes" -- ~~not struck~~ www.example.com | a | b |'] })]);
});

test('a problem is reported at its line of the whole file', async () => {
  await expect(renderLikeTheSite(file('Hello <script>alert(1)</script>'))).rejects.toThrow(':10: raw HTML is not allowed in a transcript');
});
