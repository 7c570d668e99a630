import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { DIST } from './built-site';

/** One page of the built site, as a reader requests it and as it lies in `dist/`. */
export interface SitePage {
  /** The URL path under the site's root, without the base: `/transcripts/x/`. */
  path: string;
  /** The HTML file, relative to the site's folder: `transcripts/x/index.html`. */
  file: string;
  /** Whether the sitemap lists the page; the 404 page and any redirect stubs are not listed. */
  inSitemap: boolean;
}

export interface SitePages {
  /** `'sitemap'` once `sitemap-index.xml` is built, `'files'` before. */
  source: 'sitemap' | 'files';
  pages: SitePage[];
}

/**
 * Every page the quality gates check. Once the site builds a sitemap, its pages come from the
 * sitemap (`sitemap-index.xml` → `sitemap-*.xml` → `<loc>`), so the gates check what search
 * engines and readers are told exists; a listed URL without a file is an error. HTML files that
 * the sitemap leaves out on purpose (the 404 page, redirect stubs) are checked too, so no page
 * escapes. Before the sitemap exists, every HTML file in the folder is a page.
 */
export function sitePages(dist = DIST, base = process.env['BASE_PATH'] ?? '/'): SitePages {
  const files = htmlFiles(dist);
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return { source: 'files', pages: files.map((file) => ({ path: pathOf(file), file, inSitemap: false })) };

  const listed = sitemapLocations(dist, index).map((loc) => {
    const file = fileOf(urlPathUnderBase(loc, base));
    if (!files.includes(file)) throw new Error(`sitemap lists ${loc}, but ${file} was not built`);
    return file;
  });
  const unlisted = files.filter((file) => !listed.includes(file));
  return {
    source: 'sitemap',
    pages: [
      ...listed.map((file) => ({ path: pathOf(file), file, inSitemap: true })),
      ...unlisted.map((file) => ({ path: pathOf(file), file, inSitemap: false })),
    ],
  };
}

/** The `<loc>` of every page in every sitemap the index names. */
function sitemapLocations(dist: string, indexFile: string): string[] {
  const sitemaps = locs(readFileSync(indexFile, 'utf8'));
  if (sitemaps.length === 0) throw new Error(`${indexFile} names no sitemap`);
  return sitemaps.flatMap((sitemap) => {
    const file = join(dist, new URL(sitemap).pathname.split('/').at(-1) ?? '');
    if (!existsSync(file)) throw new Error(`sitemap-index.xml names ${sitemap}, but it was not built`);
    return locs(readFileSync(file, 'utf8'));
  });
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => decodeXml(match[1] ?? ''));
}

function decodeXml(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

function urlPathUnderBase(loc: string, base: string): string {
  const path = decodeURIComponent(new URL(loc).pathname);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!path.startsWith(prefix)) throw new Error(`sitemap URL ${loc} is outside the site's base ${base}`);
  return `/${path.slice(prefix.length)}`;
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** `transcripts/x/index.html` → `/transcripts/x/`; `404.html` → `/404.html`. */
function pathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** `/transcripts/x/` → `transcripts/x/index.html`; `/404.html` stays a file. */
function fileOf(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path.endsWith('.html') ? path : `${path}/index.html`;
  return file.slice(1);
}
