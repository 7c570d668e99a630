import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { turnSchema, type Turn } from '../schemas/turn';

/**
 * What a transcript's turns depend on besides its Markdown, relative to the project root: the
 * installed packages, and the Markdown pipeline's code with every module of `src/` it imports.
 */
const RENDERER_SOURCES = ['package-lock.json', 'src/plugins'];

/** A cache entry: which transcript (its id, from its path in the transcripts folder) and which text (its digest). */
export interface CacheKey {
  id: string;
  digest: string;
}

export interface RenderCache {
  /** Where an entry's turns are kept: under the cache folder, named by the key and the renderer. */
  fileOf(key: CacheKey): string;
  /** The entry's turns, or `undefined` when it must be rendered: missing, damaged or from other code. */
  read(key: CacheKey, expected: boolean): Turn[] | undefined;
  write(key: CacheKey, turns: readonly Turn[]): void;
  /** Deletes every file but the entries kept. */
  prune(kept: readonly CacheKey[]): void;
}

/**
 * The turns of each transcript, kept between builds in files under `dir`, each named by the
 * transcript's id, the digest of its text and the digest of the code that reads turns
 * ({@link rendererDigest}). Nothing in a file or its name is an absolute path, so the folder
 * can be restored anywhere (a CI cache, another checkout). A cache is only a cache: an entry
 * that is missing, was written by other plugin code, or does not parse as turns is rendered
 * again; `warn` hears one line when an entry the last build wrote (`expected`) is missing or
 * damaged.
 */
export function renderCache(dir: string, root: string, warn: (message: string) => void): RenderCache {
  const renderer = rendererDigest(root);
  mkdirSync(dir, { recursive: true });
  const fileOf = ({ id, digest }: CacheKey) => join(dir, `${encodeURIComponent(id)}.${digest}.${renderer}.turns.json`);
  return {
    fileOf,
    read(key, expected) {
      const file = fileOf(key);
      if (!existsSync(file)) {
        if (expected) warn(`${key.id}: rendering again, its cached turns are missing (${relative(root, file)})`);
        return undefined;
      }
      try {
        return turnSchema.array().parse(JSON.parse(readFileSync(file, 'utf8')));
      } catch (error) {
        warn(`${key.id}: rendering again, its cached turns are damaged (${relative(root, file)}: ${String(error).split('\n')[0]})`);
        return undefined;
      }
    },
    write(key, turns) {
      writeAtomically(fileOf(key), JSON.stringify(turns));
    },
    prune(kept) {
      const keep = new Set(kept.map(fileOf));
      for (const name of readdirSync(dir)) {
        const file = join(dir, name);
        if (!keep.has(file) && statSync(file).isFile()) rmSync(file, { force: true });
      }
    },
  };
}

/** A short digest of every source that shapes the turns, by paths relative to the project. */
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
