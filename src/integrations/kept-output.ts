import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Keeps `dist/` between builds (`vite.build.emptyOutDir: false`), so an unchanged page is
 * neither rendered nor copied: Astro skips a page whose `cacheKey` and code are unchanged and
 * copies it from its incremental cache only when `dist/` lacks the file
 * (`astro/dist/core/build/generate.js`). At 100 transcripts that copying was half of a build
 * with nothing changed; at 10,000 it would be 350,000 files.
 *
 * What a kept `dist/` must not keep is what this build no longer makes. At `astro:build:done`
 * every file is removed that is not (a) a page or endpoint some route produced this build
 * (Astro's `assets`, which lists rendered and skipped paths alike), (b) written during this
 * build (the bundled `_astro/` assets, `public/`, the sitemap), or (c) under `pagefind/`,
 * which the search integration replaces whole on every build. A deleted or renamed
 * transcript's pages, downloads and turn pages therefore go, and so do stale bundles.
 * Empty folders go with them. It must be the last integration, after those that write files.
 *
 * Built once with transcripts a, b and c, then again without c: `transcripts/c/…`,
 * `transcripts/c.json` and the rest of c's files are removed; a's and b's pages stay as
 * they were, untouched (same inode, same time), when their keys did not change.
 */
export default function keptOutput(): AstroIntegration {
  let started = 0;
  return {
    name: 'transcripts:kept-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const produced = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const { removed } = prune(root, root, produced, started);
        if (removed > 0) logger.info(`removed ${removed} file(s) that this build no longer produces`);
      },
    },
  };
}

/** Whether a kept file of an earlier build is still part of the site. */
function kept(file: string, produced: ReadonlySet<string>, started: number): boolean {
  return produced.has(file) || statSync(file).mtimeMs >= started;
}

/**
 * Removes what is not {@link kept} under `folder`, and the folders it empties; returns how many
 * files went. Each folder is read once, and `pagefind/` (written whole by the search
 * integration) is not read at all: at 1,000 transcripts `dist/` holds 36,000 folders.
 */
function prune(folder: string, root: string, produced: ReadonlySet<string>, started: number): { removed: number; left: number } {
  let removed = 0;
  let left = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (folder === root && entry.name === 'pagefind') {
        left++;
        continue;
      }
      const inside = prune(path, root, produced, started);
      removed += inside.removed;
      if (inside.left === 0) rmdirSync(path);
      else left++;
    } else if (kept(path, produced, started)) left++;
    else {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return { removed, left };
}
