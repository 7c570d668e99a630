// @ts-check
import { defineConfig } from 'astro/config';
import { SITE_LANG } from './src/consts.ts';
import pagefind from './src/integrations/pagefind.ts';
import bundleNames from './src/integrations/bundle-names.ts';
import keptOutput from './src/integrations/kept-output.ts';
import { notMovedTurn } from './src/integrations/moved-turns.ts';
import siteAddressWarning from './src/integrations/site-address-warning.ts';
import sitemap from './src/integrations/sitemap.ts';
import { buildSite } from './src/utils/site-address.ts';

// Builds from other content folders (tests, benchmarks) keep their own content cache, so
// their entries never linger in the real site's.
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
/** `TurnActions.astro_astro_type_script_index_0_lang` → `TurnActions`; other names as they are. */
const shortScriptName = (/** @type {string} */ name) => name.replace(/\.astro_astro_type_script_index_(\d+)_lang$/, (_all, index) => (index === '0' ? '' : `-${index}`));
/** A number from the environment, or the default (`undefined`) when unset. */
const numberFrom = (/** @type {string | undefined} */ value) => (value ? Number(value) : undefined);

export default defineConfig({
  site: buildSite(),
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  cacheDir,
  output: 'static',
  // A component's scope is a class (`class="turn astro-6t2gt3i6"`) rather than an attribute
  // of its own on every element (`data-astro-cid-6t2gt3i6`): the same selectors' weight, fewer
  // bytes on each of a transcript's thousand elements.
  scopedStyleStrategy: 'class',
  integrations: [
    siteAddressWarning(),
    // A page copied from the incremental cache names the bundle's files of its build: when
    // those names change, every page renders again.
    bundleNames(),
    // SEARCH_SHARD_PASSAGES and SEARCH_SHARD_MAX_PASSAGES set how small and how large a shard
    // of the search index may be (tests build small archives with a shard per year, or split
    // years; the defaults suit a real archive).
    pagefind({ language: SITE_LANG, shardSizes: { minPassages: numberFrom(process.env.SEARCH_SHARD_PASSAGES), maxPassages: numberFrom(process.env.SEARCH_SHARD_MAX_PASSAGES) } }),
    // Old turn addresses kept by `anchorAliases` redirect; a sitemap lists pages, not redirects.
    sitemap({ filter: notMovedTurn(cacheDir) }),
    // Last: removes from the kept dist/ what this build no longer produces.
    keptOutput(),
  ],
  experimental: {
    // Pages whose `getStaticPaths` entry returns a `cacheKey` (a digest of what the page shows:
    // src/utils/cache-key.ts) are copied from the last build when the key and their code are
    // unchanged; dist/ is kept between builds, so such a page is not even copied, and
    // keptOutput() removes what a build no longer produces (a deleted transcript's pages).
    incrementalBuild: true,
  },
  build: {
    // Four pages render at once: while one page's files are written, the next renders. Astro
    // collects what each render reads in an AsyncLocalStorage scope of its own, so the
    // incremental cache stays exact (astro/dist/core/render-scope/). One at a time, the build
    // waited on the disk for a sixth of its time.
    concurrency: 4,
    // Stylesheets stay external files, cached once for the whole site, instead of being
    // repeated inline in each of thousands of turn pages (and a strict CSP needs no hashes).
    inlineStylesheets: 'never',
  },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            // A component's script by the component's name (`/_astro/TurnActions.CfeSLKe7.js`),
            // not Astro's (`TurnActions.astro_astro_type_script_index_0_lang.CfeSLKe7.js`): a
            // transcript page links eight, and the long names were 0.1 KB (gzip) of every page.
            output: { entryFileNames: (chunk) => `_astro/${shortScriptName(chunk.name)}.[hash].js` },
          },
        },
      },
    },
    build: {
      // dist/ is kept between builds: see keptOutput() above.
      emptyOutDir: false,
      // One stylesheet for the whole site: a transcript page loaded four (6.3 KB gzip), the
      // whole site's is 5.9 KB, and a reader's next page of any kind has it cached already.
      cssCodeSplit: false,
      // Astro inlines small scripts; a Content Security Policy without 'unsafe-inline' would
      // block them, so every script stays an external file. Other assets keep the default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  markdown: {
    // The transcript loader renders the Markdown itself; Astro's own renderer, should it ever
    // run, must not colour code with the inline styles the CSP refuses.
    syntaxHighlight: false,
  },
});
