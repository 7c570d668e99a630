import type { AstroIntegration } from 'astro';
import { configuredSite, PLACEHOLDER_SITE } from '../utils/site-address';

/**
 * Warns, once per build, when `SITE_URL` is not set: canonical links, the sitemap, the feed
 * and the data files then name a placeholder origin. Copied links and citations still work,
 * because the browser puts the page's own origin in its place.
 *
 * `astro build` without SITE_URL prints:
 * `[site-address] SITE_URL is not set: canonical links, the sitemap and the feed point at
 * https://transcripts.example.org. Set SITE_URL to the site's public origin …`
 */
export default function siteAddressWarning(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (configuredSite()) return;
        logger.warn(
          `SITE_URL is not set: canonical links, the sitemap, the feed and the data files point at ${PLACEHOLDER_SITE}. ` +
            'Set SITE_URL to the site’s public origin (for example SITE_URL=https://example.org npm run build). ' +
            'Links and citations that readers copy use the address they read the page at.',
        );
      },
    },
  };
}
