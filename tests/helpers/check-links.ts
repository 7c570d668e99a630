import { LinkChecker, LinkState, type LinkResult } from 'linkinator';

export interface LinkReport {
  /** Every broken link or fragment, as `url (status) on page: reason`. */
  broken: string[];
  /** URLs that answered, on this origin. */
  ok: string[];
  /** URLs that were not fetched: other origins, `mailto:`. */
  skipped: string[];
}

export interface CheckLinksOptions {
  /** The site's public origin: links to it (canonical, sitemap) are checked on the local server. */
  publicOrigin?: string;
}

/**
 * Checks every link on the given pages with linkinator, fragments and CSS `url()`s included,
 * without leaving the local server. Each page is checked on its own, without recursion: in one
 * recursive crawl, linkinator validates a fragment on another page only if it meets the link
 * before it fetches that page, so a broken `/x/#turn-9` could pass unseen.
 */
export async function checkLinks(pageUrls: string[], options: CheckLinksOptions = {}): Promise<LinkReport> {
  const origin = new URL(pageUrls[0] ?? 'http://127.0.0.1/').origin;
  const rewrite = options.publicOrigin
    ? [{ pattern: new RegExp(`^${escapeRegExp(options.publicOrigin.replace(/\/$/, ''))}/?`), replacement: `${origin}/` }]
    : [];
  const report: LinkReport = { broken: [], ok: [], skipped: [] };
  for (const pageUrl of pageUrls) {
    const { links } = await new LinkChecker().check({
      path: pageUrl,
      recurse: false,
      checkFragments: true,
      checkCss: true,
      redirects: 'error',
      urlRewriteExpressions: rewrite,
      // Nothing leaves this machine: other origins (the Kremlin's source pages) are not fetched.
      linksToSkip: async (link) => new URL(link).origin !== origin,
    });
    for (const link of links) {
      if (link.state === LinkState.BROKEN) report.broken.push(describe(link, pageUrl));
      else if (link.state === LinkState.OK) report.ok.push(link.url);
      else report.skipped.push(link.url);
    }
  }
  return { broken: [...new Set(report.broken)], ok: [...new Set(report.ok)], skipped: [...new Set(report.skipped)] };
}

function describe(link: LinkResult, page: string): string {
  const reasons = (link.failureDetails ?? []).map((detail) => (detail instanceof Error ? detail.message : `HTTP ${detail.status}`));
  return `${link.url} (${link.status ?? 'no answer'}) on ${link.parent ?? page}${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
