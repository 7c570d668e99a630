import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { AstroUserConfig } from 'astro';

// Loaded on first use: Astro and its Markdown stack take seconds to load, and a command that
// stops at bad input should not wait for them.
let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * The site's own Markdown renderer: the processor astro.config.mjs configures (our remark
 * plugins, rehype-slug, GFM and smartypants off), created with the options Astro's content
 * layer passes. Reading the config, not copying it, means the importer can never drift from
 * what the build does.
 */
function siteRenderer(): Promise<MarkdownRenderer> {
  renderer ??= (async () => {
    const { markdownConfigDefaults } = await import('@astrojs/markdown-remark');
    const configUrl = new URL('../../astro.config.mjs', import.meta.url).href;
    const { default: config } = (await import(configUrl)) as { default: AstroUserConfig };
    const markdown = config.markdown ?? {};
    if (!markdown.processor) throw new Error('astro.config.mjs sets no markdown.processor');
    // Astro resolves a partial `syntaxHighlight` object against its defaults; ours sets none.
    const syntaxHighlight = (markdown.syntaxHighlight ?? markdownConfigDefaults.syntaxHighlight) as typeof markdownConfigDefaults.syntaxHighlight;
    // GFM and smartypants are options of the processor itself (`unified({ gfm, smartypants })`).
    return markdown.processor.createRenderer({ syntaxHighlight, shikiConfig: markdown.shikiConfig ?? markdownConfigDefaults.shikiConfig });
  })();
  return renderer;
}

/**
 * Renders a whole transcript file as the build would. The front matter's lines are kept
 * blank, so positions in errors are lines of the file.
 */
export async function renderLikeTheSite(file: string): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const { parseFrontmatter } = await import('@astrojs/markdown-remark');
  const { frontmatter, content } = parseFrontmatter(file, { frontmatter: 'empty-with-lines' });
  const { code, metadata } = await (await siteRenderer()).render(content, { frontmatter });
  return { html: code, frontmatter: metadata.frontmatter };
}
