import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The file of the last build's bundle names, in Astro's cache folder. */
const NAMES_FILE = 'bundle-names.txt';
/** Astro's incremental page cache (astro/dist/core/build/incremental.js). */
const PAGE_CACHE = 'incremental-build.json';

/**
 * Renders every page again when the bundle's file names change. Astro's incremental build
 * skips a page whose `cacheKey` and source graph are unchanged, but a page names its scripts
 * and stylesheets by the hashed files of the whole bundle: a change to one page's scripts can
 * split a shared chunk and rename it (`BaseLayout…DNooAw_z.js` became `…ClXjC-9O.js` when
 * the search page began to load its module directly), and a restyled component renames the
 * site's one stylesheet; a skipped page would then still name the old file, which this build
 * does not write. So the names of every `_astro/` file written are recorded (one a line) at
 * the end of the bundle, before pages are generated; when
 * they differ from the last build's, Astro's page cache is removed, with one line saying so,
 * and every page renders from the content cache. Adding or changing a transcript does not
 * change them.
 *
 * Built with `_astro/BaseLayout…DNooAw_z.js`, then with `_astro/BaseLayout…ClXjC-9O.js`: the
 * second build logs "the bundle's file names changed: every page renders again" and writes
 * no page that names the old file.
 */
export default function bundleNames(): AstroIntegration {
  return {
    name: 'transcripts:bundle-names',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const cacheDir = fileURLToPath(config.cacheDir);
        const names = new Set<string>();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'transcripts:bundle-names',
                // The bundle as written: files other plugins emit late (the one stylesheet of
                // `cssCodeSplit: false`, emitted in Vite's own generateBundle) are in it too.
                // The client bundle is the last one written before pages are generated.
                writeBundle(_options: unknown, bundle: Record<string, { fileName: string }>) {
                  for (const output of Object.values(bundle)) if (output.fileName.startsWith('_astro/')) names.add(output.fileName);
                  if ((this as { environment?: { name?: string } }).environment?.name !== 'client') return;
                  const record = [...names].sort().join('\n');
                  const file = join(cacheDir, NAMES_FILE);
                  const last = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
                  if (last !== undefined && last !== record && existsSync(join(cacheDir, PAGE_CACHE))) {
                    rmSync(join(cacheDir, PAGE_CACHE), { force: true });
                    logger.info("the bundle's file names changed: every page renders again");
                  }
                  mkdirSync(cacheDir, { recursive: true });
                  writeFileSync(file, record);
                },
              },
            ],
          },
        });
      },
    },
  };
}
