import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 6 }).length;

/** The reading budget of a transcript page: 1.5 × the gzip of its own text, plus 8 KB. */
export const budgetFor = (textGzip: number) => 1.5 * textGzip + 8 * 1024;

export interface PageWeight {
  slug: string;
  /** gzip bytes of the transcript's own words ("Speaker: text"), the yardstick. */
  textGzip: number;
  /** gzip bytes of the page's HTML and the stylesheets it links: what reading it downloads. */
  pageGzip: number;
  /** Scripts the page loads (none are needed to read it). */
  scripts: number;
}

/**
 * The plain text of a transcript file, as a reader would copy it: each turn's speaker name
 * and paragraphs, without front matter, headings syntax or Markdown escapes.
 */
export function transcriptText(markdown: string): string {
  const names = new Map([...markdown.matchAll(/- key: (\S+)\n\s+name: (.+)/g)].map((match) => [match[1], match[2]]));
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.replace(/^## (\S+)$/gm, (_line, key: string) => `${names.get(key) ?? key}:`).replace(/\\([\\`*_[\]<>#|~&.)+-])/g, '$1');
}

/** The download weight of every transcript page of a build against its budget, heaviest first. */
export function transcriptPageWeights(dist: string, contentDir: string): PageWeight[] {
  const cssCache = new Map<string, number>();
  const weights: PageWeight[] = [];
  for (const slug of readdirSync(join(dist, 'transcripts'))) {
    let html: string;
    try {
      html = readFileSync(join(dist, 'transcripts', slug, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');
    let css = 0;
    for (const href of stylesheets) {
      if (!cssCache.has(href)) cssCache.set(href, gzipBytes(readFileSync(join(dist, new URL(href, 'http://x/').pathname))));
      css += cssCache.get(href) ?? 0;
    }
    const text = transcriptText(readFileSync(join(contentDir, `${slug}.md`), 'utf8'));
    weights.push({ slug, textGzip: gzipBytes(text), pageGzip: gzipBytes(html) + css, scripts: (html.match(/<script\b/g) ?? []).length });
  }
  return weights.sort((a, b) => b.pageGzip / budgetFor(b.textGzip) - a.pageGzip / budgetFor(a.textGzip));
}
