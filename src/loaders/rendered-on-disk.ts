import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { Turn } from '../schemas/turn';
import { RENDERED_FILES_KEY, type RenderedFiles } from '../utils/rendered-files';

type DataStore = LoaderContext['store'];
type DataEntry = Parameters<DataStore['set']>[0];

/**
 * What a transcript's HTML depends on besides its Markdown, relative to the project root: the
 * config and the strings it passes to plugins, the installed packages, and the Markdown
 * pipeline's own code with every module of `src/` it imports.
 */
const RENDERER_SOURCES = ['astro.config.mjs', 'package-lock.json', 'src/i18n/en.json', 'src/plugins', 'src/integrations/markdown-processor.ts'];

/**
 * Keeps each transcript's rendered HTML and turns in files under `dir`, named by the digest of
 * the Markdown and of the code that renders it, and stores only their paths in Astro's data
 * store. Astro bundles the whole data store into the build and parses it in memory: with the
 * parts inline, 1,000 transcripts made a 186 MB store and a 4 GB build. With the paths, pages
 * read one transcript at a time.
 *
 * The files are a cache, like the store: an entry whose files are missing, or were rendered by
 * other plugin code, reads as absent, so the glob loader renders it again. (Astro's own cache
 * keys on the Markdown only, and keeps stale HTML after a plugin changes.) `onRendered` hears
 * of each transcript, with its turns, as soon as its files are written.
 */
export function renderedOnDisk(store: DataStore, dir: string, root: string, onRendered?: (entry: DataEntry, turns: Turn[]) => void): DataStore & { prune(): void } {
  const renderer = rendererDigest(root);
  const filesOf = (id: string, digest: string): RenderedFiles => {
    const stem = join(dir, `${encodeURIComponent(id)}.${digest}.${renderer}`);
    return { html: `${stem}.html`, turns: `${stem}.turns.json` };
  };
  const isOnDisk = (entry: DataEntry | undefined) => entry?.digest !== undefined && Object.values(filesOf(entry.id, String(entry.digest))).every((file) => existsSync(file));
  mkdirSync(dir, { recursive: true });

  return {
    ...store,
    get: ((id: string) => {
      const entry = store.get(id);
      return isOnDisk(entry) ? entry : undefined;
    }) as DataStore['get'],
    set: (entry) => {
      if (!entry.rendered || entry.digest === undefined) return store.set(entry);
      const files = filesOf(entry.id, String(entry.digest));
      const { turns, ...frontmatter } = entry.rendered.metadata?.frontmatter ?? {};
      writeAtomically(files.turns, JSON.stringify(turns ?? []));
      writeAtomically(files.html, entry.rendered.html);
      onRendered?.(entry, (turns ?? []) as Turn[]);
      // The store ignores a set whose digest it already holds, even when the files it
      // points to were rendered by older plugin code.
      if (store.get(entry.id)?.digest === entry.digest) store.delete(entry.id);
      return store.set({
        ...entry,
        rendered: { html: '', metadata: { ...entry.rendered.metadata, frontmatter: { ...frontmatter, [RENDERED_FILES_KEY]: files } } },
      });
    },
    /** Deletes files that no entry points to any more (older digests, removed transcripts). */
    prune() {
      const kept = new Set(store.values().flatMap((entry) => (entry.digest === undefined ? [] : Object.values(filesOf(entry.id, String(entry.digest))))));
      for (const name of readdirSync(dir)) {
        const file = join(dir, name);
        if (!kept.has(file) && statSync(file).isFile()) rmSync(file, { force: true });
      }
    },
  };
}

/** A short digest of every source that shapes the rendered HTML. */
export function rendererDigest(root: string, visited?: string[]): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    const source = readFileSync(path);
    visited?.push(relative(root, path));
    hash.update(relative(root, path)).update('\0').update(source).update('\0');
    if (path.startsWith(join(root, 'src')) && /\.(?:ts|mjs|js)$/.test(path)) for (const imported of relativeImports(path, source.toString('utf8'))) visit(imported);
  };
  for (const source of RENDERER_SOURCES) visit(join(root, source));
  return hash.digest('hex').slice(0, 12);
}

/** The project files a module imports (`./x`, `../utils/y.ts`, `./strings.json`). */
function relativeImports(file: string, source: string): string[] {
  return [...source.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)].flatMap(([, specifier = '']) => {
    const base = join(dirname(file), specifier);
    return [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')].filter((candidate) => existsSync(candidate) && statSync(candidate).isFile()).slice(0, 1);
  });
}

/** A reader never sees half a file, even if the build is stopped while writing. */
function writeAtomically(file: string, contents: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}
