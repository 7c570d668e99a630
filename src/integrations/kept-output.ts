import { readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeAtomically } from '../utils/write-atomically';

/** The files of `dist/` as the last build left them, in Astro's cache folder. */
const RECORD_FILE = 'kept-output.json';

/** What {@link RECORD_FILE} holds: the `dist/` it describes, and its files, relative to it. */
interface KeptRecord {
  version: 1;
  outDir: string;
  files: string[];
}

/**
 * Keeps `dist/` between builds (`vite.build.emptyOutDir: false`), so an unchanged page is
 * neither rendered nor copied: Astro skips a page whose `cacheKey` and code are unchanged and
 * copies it from its incremental cache only when `dist/` lacks the file
 * (`astro/dist/core/build/generate.js`). At 100 transcripts that copying was half of a build
 * with nothing changed; at 10,000 it would be 380,000 files.
 *
 * What a kept `dist/` must not keep is what this build no longer makes. At `astro:build:done`
 * every file is removed that is not (a) a page or endpoint some route produced this build
 * (Astro's `assets`, which lists rendered and skipped paths alike), (b) written during this
 * build (the bundled `_astro/` assets, `public/`, the sitemap), or (c) under `pagefind/`,
 * which the search integration replaces whole on every build. A deleted or renamed
 * transcript's pages, downloads and turn pages therefore go, and so do stale bundles.
 * Empty folders go with them. It must be the last integration, after those that write files.
 *
 * Which files to look at comes from the record of the last build's files
 * ({@link RECORD_FILE}): every file it lists that this build did not make, and every file in
 * a folder that is not a page's folder this build. A page's own folder (`transcripts/a/` with
 * `transcripts/a/index.html` produced) is not read: at 10,000 transcripts reading the 380,000
 * folders of turn pages took 36 s of a 3-minute build. The record is taken away when a build
 * starts and written when it ends, so after a build that stopped half-way, or without a
 * record, the whole of `dist/` is read, as at first.
 *
 * Built once with transcripts a, b and c, then again without c: `transcripts/c/…`,
 * `transcripts/c.json` and the rest of c's files are removed; a's and b's pages stay as
 * they were, untouched (same inode, same time), when their keys did not change.
 */
export default function keptOutput(): AstroIntegration {
  let started = 0;
  let recordFile = '';
  let last: KeptRecord | undefined;
  return {
    name: 'transcripts:kept-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        recordFile = join(fileURLToPath(config.cacheDir), RECORD_FILE);
      },
      'astro:build:start': () => {
        started = Date.now();
        last = readRecord(recordFile);
        rmSync(recordFile, { force: true });
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const produced = new Set([...assets.values()].flat().map((url) => relative(root, fileURLToPath(url))));
        const known = last?.outDir === root ? last.files : undefined;
        const isKept = (file: string) => kept(root, file, produced, started);
        const { removed, files } = known ? pruneKnown(root, known, produced, isKept) : pruneAll(root, isKept);
        writeAtomically(recordFile, JSON.stringify({ version: 1, outDir: root, files } satisfies KeptRecord));
        if (removed > 0) logger.info(`removed ${removed} file(s) that this build no longer produces`);
      },
    },
  };
}

function readRecord(file: string): KeptRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeptRecord>;
    return record.version === 1 && typeof record.outDir === 'string' && Array.isArray(record.files) ? (record as KeptRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** What a prune removed, and the files `dist/` holds after it (relative, `pagefind/` left out). */
interface Pruned {
  removed: number;
  files: string[];
}

/** Whether a kept file of an earlier build is still part of the site (`file` relative to `root`). */
function kept(root: string, file: string, produced: ReadonlySet<string>, started: number): boolean {
  return produced.has(file) || statSync(join(root, file)).mtimeMs >= started;
}

/** The search integration's bundle, written whole each build: never read here. */
const isSearchIndex = (file: string) => file === 'pagefind' || file.startsWith(`pagefind${sep}`);

/**
 * Removes what is not kept (`isKept`, see {@link kept}) in the whole of `dist/`, and the folders it empties. Each
 * folder is read once, and `pagefind/` not at all.
 */
function pruneAll(root: string, isKept: (file: string) => boolean): Pruned {
  const files: string[] = [];
  const { removed } = walk(root, root, isKept, files, () => false);
  return { removed, files };
}

/**
 * Removes what is not kept (`isKept`) among the last build's `known` files and in every folder
 * that is not the folder of one of this build's pages (`…/index.html`), and the folders that
 * leaves empty.
 */
function pruneKnown(root: string, known: readonly string[], produced: ReadonlySet<string>, isKept: (file: string) => boolean): Pruned {
  const pageFolders = new Set<string>();
  for (const file of produced) if (file.endsWith(`${sep}index.html`)) pageFolders.add(dirname(file));
  const files: string[] = [];
  let { removed } = walk(root, root, isKept, files, (folder) => pageFolders.has(folder));
  const listed = new Set(files);
  const emptied = new Set<string>();
  for (const file of known) {
    if (listed.has(file) || produced.has(file) || isSearchIndex(file)) continue;
    let keep: boolean;
    try {
      keep = isKept(file);
    } catch {
      continue; // Gone already.
    }
    listed.add(file);
    if (keep) files.push(file);
    else {
      rmSync(join(root, file), { force: true });
      removed++;
      emptied.add(dirname(file));
    }
  }
  for (const file of produced) if (!listed.has(file)) files.push(file);
  for (const folder of emptied) removeEmptyFolders(root, folder);
  return { removed, files };
}

/**
 * Removes what is not kept under `folder`, collecting the kept files' paths (relative to
 * `root`) into `files`; folders for which `skip` holds are not read. Folders it empties go.
 * Returns how many files went and how many entries are left.
 */
function walk(root: string, folder: string, isKept: (file: string) => boolean, files: string[], skip: (folder: string) => boolean): { removed: number; left: number } {
  let removed = 0;
  let left = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    const file = relative(root, path);
    if (entry.isDirectory()) {
      left++;
      if (isSearchIndex(file) || skip(file)) continue;
      const inside = walk(root, path, isKept, files, skip);
      removed += inside.removed;
      if (inside.left === 0) {
        rmdirSync(path);
        left--;
      }
    } else if (isKept(file)) {
      files.push(file);
      left++;
    } else {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return { removed, left };
}

/** Removes `folder` (relative to `root`) and its parents while they are empty. */
function removeEmptyFolders(root: string, folder: string): void {
  for (let current = folder; current !== '.' && current !== ''; current = dirname(current)) {
    try {
      rmdirSync(join(root, current));
    } catch {
      return; // Not empty, or gone.
    }
  }
}
