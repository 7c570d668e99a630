import rehypeSlug from 'rehype-slug';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { transcriptPipeline } from '../../src/integrations/markdown-processor';
import remarkAnchorAliases from '../../src/plugins/remark-anchor-aliases';
import remarkRejectUnsafe from '../../src/plugins/remark-reject-unsafe';
import remarkSpeakerTurns from '../../src/plugins/remark-speaker-turns';
import { speakerSchema } from '../../src/schemas/transcript';

/**
 * Renders a transcript file (front matter and body) through the same plugins, in the same
 * order, as astro.config.mjs, and returns the HTML and what the plugins reported.
 */
export async function renderTranscript(source: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = (match ? parseYaml(match[1] ?? '') : {}) as Record<string, unknown>;
  const body = match ? source.slice(match[0].length).trim() : source;
  const speakers = speakerSchema.array().parse(frontmatter['speakers'] ?? []);
  const file = new VFile({ value: body, data: { speakers, anchorAliases: (frontmatter['anchorAliases'] ?? {}) as Record<string, string> } });
  const result = await transcriptPipeline({ remarkPlugins: [remarkRejectUnsafe, remarkSpeakerTurns, remarkAnchorAliases], rehypePlugins: [rehypeSlug] }).process(file);
  return { html: String(result.value), turns: file.data.turns ?? [], messages: file.messages.map(String) };
}
