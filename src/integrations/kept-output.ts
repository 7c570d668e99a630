import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
        const removed = prune(root, root, produced, started);
        if (removed > 0) logger.info(`removed ${removed} file(s) that this build no longer produces`);
      },
    },
  };
}

/** Whether a kept file of an earlier build is still part of the site. */
function kept(file: string, root: string, produced: ReadonlySet<string>, started: number): boolean {
  if (produced.has(file)) return true;
  if (relative(root, file).split(sep)[0] === 'pagefind') return true;
  return statSync(file).mtimeMs >= started;
}

/** Removes what is not {@link kept} under `folder`; returns how many files went. */
function prune(folder: string, root: string, produced: ReadonlySet<string>, started: number): number {
  let removed = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      removed += prune(path, root, produced, started);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (!kept(path, root, produced, started)) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return removed;
}
