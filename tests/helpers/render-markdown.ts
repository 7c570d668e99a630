import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import remarkAnchorAliases from '../../src/plugins/remark-anchor-aliases';
import remarkRejectUnsafe from '../../src/plugins/remark-reject-unsafe';
import remarkSpeakerTurns from '../../src/plugins/remark-speaker-turns';

/**
 * Renders a transcript file (front matter and body) through the same plugins, in the same
 * order, as astro.config.mjs, and returns the HTML and what the plugins reported.
 */
export async function renderTranscript(source: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = (match ? parseYaml(match[1] ?? '') : {}) as Record<string, unknown>;
  const body = match ? source.slice(match[0].length).trim() : source;
  const file = new VFile({ value: body, data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkRejectUnsafe)
    .use(remarkSpeakerTurns)
    .use(remarkAnchorAliases)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSlug)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(file);
  return { html: String(result.value), frontmatter, messages: file.messages.map(String) };
}
