import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { turnSchema, type Turn } from '../schemas/turn';
import { sourceDigest } from '../utils/source-digest';
import { turnOutline } from '../utils/turn-outline';
import { outlineFileOf } from '../utils/turns-file';
import { writeAtomically } from '../utils/write-atomically';

/**
 * What a transcript's turns and their outlines depend on besides its Markdown, relative to the
 * project root: the installed packages, and the Markdown pipeline's and the outline's code
 * with every module of `src/` they import.
 */
const RENDERER_SOURCES = ['package-lock.json', 'src/plugins', 'src/utils/turn-outline.ts'];

/** A cache entry: which transcript (its id, from its path in the transcripts folder) and which text (its digest). */
export interface CacheKey {
  id: string;
  digest: string;
}

export interface RenderCache {
  /** Where an entry's turns are kept: under the cache folder, named by the key and the renderer. */
  fileOf(key: CacheKey): string;
  /** The entry's file as it is, unparsed, or `undefined` when there is none. */
  text(key: CacheKey): string | undefined;
  /** The entry's turns, or `undefined` when it must be rendered: missing, damaged or from other code. */
  read(key: CacheKey, expected: boolean): Turn[] | undefined;
  /**
   * Writes the entry's turns, and their outlines beside them (`outlineFileOf`); returns the
   * turns file's text, as {@link RenderCache.text} will read it.
   */
  write(key: CacheKey, turns: readonly Turn[]): string;
  /** Whether the entry's outlines are in the cache; {@link RenderCache.write} writes them with the turns. */
  hasOutlines(key: CacheKey): boolean;
  /** Writes the outlines of the entry's turns alone, when they were lost. */
  writeOutlines(key: CacheKey, turns: readonly Turn[]): void;
  /** Deletes every file but the entries kept. */
  prune(kept: readonly CacheKey[]): void;
}

/**
 * The turns of each transcript, kept between builds in files under `dir` (with their outlines
 * beside them, for lists of turns across transcripts), each named by the
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
  const writeOutlines = (key: CacheKey, turns: readonly Turn[]) => writeAtomically(outlineFileOf(fileOf(key)), JSON.stringify(turns.map(turnOutline)));
  return {
    fileOf,
    text(key) {
      try {
        return readFileSync(fileOf(key), 'utf8');
      } catch {
        return undefined;
      }
    },
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
      const text = JSON.stringify(turns);
      writeAtomically(fileOf(key), text);
      writeOutlines(key, turns);
      return text;
    },
    hasOutlines(key) {
      return existsSync(outlineFileOf(fileOf(key)));
    },
    writeOutlines,
    prune(kept) {
      const keep = new Set(kept.flatMap((key) => [fileOf(key), outlineFileOf(fileOf(key))]));
      for (const name of readdirSync(dir)) {
        const file = join(dir, name);
        if (!keep.has(file) && statSync(file).isFile()) rmSync(file, { force: true });
      }
    },
  };
}

/** A short digest of every source that shapes the turns (see {@link sourceDigest}). */
export function rendererDigest(root: string, visited?: string[]): string {
  return sourceDigest(root, RENDERER_SOURCES, visited);
}
