import type { AstroUserConfig } from 'astro';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { speakerSchema } from '../schemas/transcript';

type MarkdownProcessor = NonNullable<NonNullable<AstroUserConfig['markdown']>['processor']>;

export interface TranscriptMarkdownOptions {
  /** remark plugins, in order, between parsing and the HTML tree (default: none). */
  remarkPlugins?: PluggableList;
  /** rehype plugins, in order, before the HTML is written (default: none). */
  rehypePlugins?: PluggableList;
}

/**
 * The unified pipeline every transcript goes through: Markdown → our remark plugins → HTML tree
 * → our rehype plugins → HTML. Tests render through the same function.
 */
export function transcriptPipeline({ remarkPlugins = [], rehypePlugins = [] }: TranscriptMarkdownOptions) {
  return unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(rehypeStringify);
}

/**
 * Astro's Markdown processor for transcripts. Astro's own `unified()` processor adds steps a
 * transcript never needs, and one is costly: `rehype-raw` parses every page's HTML tree again
 * through parse5 to pass raw HTML through, which tripled the time to render an archive. Raw
 * HTML, images, GFM and smart quotes are refused or off for transcripts anyway
 * (`remark-reject-unsafe`), and `remark-rehype` here drops any raw HTML rather than pass it.
 *
 * ```js
 * markdown: { processor: transcriptMarkdown({ remarkPlugins: [remarkSpeakerTurns], rehypePlugins: [rehypeSlug] }) }
 * ```
 */
export function transcriptMarkdown(options: TranscriptMarkdownOptions = {}): MarkdownProcessor {
  return {
    name: 'transcripts',
    options,
    createRenderer: async () => {
      const pipeline = transcriptPipeline(options);
      return {
        render: async (content, { fileURL, frontmatter = {} } = {}) => {
          const speakers = speakerSchema.array().safeParse(frontmatter['speakers']).data ?? [];
          const anchorAliases = (frontmatter['anchorAliases'] ?? {}) as Record<string, string>;
          const file = new VFile({ value: content, path: fileURL, data: { astro: { frontmatter }, speakers, anchorAliases } });
          const tree = await pipeline.run(pipeline.parse(file), file);
          (file.data['astro'] as { frontmatter: Record<string, unknown> }).frontmatter['turns'] = file.data.turns ?? [];
          return {
            code: pipeline.stringify(tree, file),
            metadata: {
              headings: [],
              localImagePaths: [],
              remoteImagePaths: [],
              frontmatter: (file.data['astro'] as { frontmatter: Record<string, unknown> }).frontmatter,
            },
          };
        },
      };
    },
  };
}
