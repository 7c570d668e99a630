import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { batchedStore } from '../../src/loaders/batched-store';
import { renderedOnDisk, rendererDigest } from '../../src/loaders/rendered-on-disk';
import { readHtml, readTurns, RENDERED_FILES_KEY, type RenderedFiles } from '../../src/utils/rendered-files';

type DataStore = LoaderContext['store'];
type DataEntry = Parameters<DataStore['set']>[0];

/** An in-memory store that behaves like Astro's: a set with a digest it already holds is ignored. */
function memoryStore(): DataStore & { writes: number } {
  const entries = new Map<string, DataEntry>();
  const store = {
    writes: 0,
    get: ((id: string) => entries.get(id)) as DataStore['get'],
    entries: () => [...entries],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    has: (id: string) => entries.has(id),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    addModuleImport: () => undefined,
    set: (entry: DataEntry) => {
      if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      store.writes++;
      return true;
    },
  };
  return store;
}

const turns = [{ anchor: 'anna-orlova-1', speaker: 'anna-orlova', position: 1, countForSpeaker: 1, paragraphs: ['Hello.'], words: 1 }];
const entry = (id: string, digest: string): DataEntry => ({
  id,
  digest,
  data: { title: id },
  rendered: { html: `<section id="anna-orlova-1">${id}</section>`, metadata: { frontmatter: { title: id, turns } } },
});

/** A project folder with a Markdown pipeline of one plugin, to digest. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'renderer-'));
  mkdirSync(join(root, 'src', 'plugins'), { recursive: true });
  mkdirSync(join(root, 'src', 'utils'), { recursive: true });
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
  writeFileSync(join(root, 'src', 'plugins', 'remark-x.ts'), "import { anchor } from '../utils/anchor';\nexport default anchor;");
  writeFileSync(join(root, 'src', 'utils', 'anchor.ts'), 'export const anchor = 1;');
  writeFileSync(join(root, 'src', 'utils', 'dates.ts'), 'export const dates = 1;');
  writeFileSync(join(root, 'src', 'pages', 'index.astro'), '<p>home</p>');
  return root;
}

describe('rendered transcripts kept on disk', () => {
  test('the store keeps the paths; the HTML and the turns go to files', () => {
    const root = project();
    const dir = join(root, 'cache');
    const real = memoryStore();
    const store = renderedOnDisk(real, dir, root);
    store.set(entry('a', 'd1'));
    const stored = real.get('a');
    expect(stored?.rendered?.html).toBe('');
    const files = stored?.rendered?.metadata?.frontmatter?.[RENDERED_FILES_KEY] as RenderedFiles;
    expect(stored?.rendered?.metadata?.frontmatter).toEqual({ title: 'a', [RENDERED_FILES_KEY]: files });
    expect(readHtml(files)).toBe('<section id="anna-orlova-1">a</section>');
    expect(readTurns(files)).toEqual(turns);
    expect(store.get('a')).toBe(stored);
  });

  test('an entry whose files are gone reads as absent, so it is rendered again', () => {
    const root = project();
    const dir = join(root, 'cache');
    const real = memoryStore();
    renderedOnDisk(real, dir, root).set(entry('a', 'd1'));
    expect(renderedOnDisk(real, dir, root).get('a')).toBeDefined();
    rmSync(join(dir, readdirSync(dir)[0] ?? ''));
    expect(renderedOnDisk(real, dir, root).get('a')).toBeUndefined();
  });

  test('a change to the Markdown pipeline’s code (or what it imports) renders again; other code does not', () => {
    const root = project();
    const before = rendererDigest(root);
    writeFileSync(join(root, 'src', 'utils', 'dates.ts'), 'export const dates = 2;');
    writeFileSync(join(root, 'src', 'pages', 'index.astro'), '<p>home page</p>');
    expect(rendererDigest(root)).toBe(before);
    writeFileSync(join(root, 'src', 'utils', 'anchor.ts'), 'export const anchor = 2;');
    const after = rendererDigest(root);
    expect(after).not.toBe(before);

    const dir = join(root, 'cache');
    const real = memoryStore();
    writeFileSync(join(root, 'src', 'utils', 'anchor.ts'), 'export const anchor = 1;');
    renderedOnDisk(real, dir, root).set(entry('a', 'd1'));
    writeFileSync(join(root, 'src', 'utils', 'anchor.ts'), 'export const anchor = 2;');
    const changed = renderedOnDisk(real, dir, root);
    expect(changed.get('a')).toBeUndefined();
    changed.set(entry('a', 'd1'));
    expect(changed.get('a')).toBeDefined();
    expect(real.writes).toBe(2);
  });

  test('prune deletes the files of old digests and removed transcripts', () => {
    const root = project();
    const dir = join(root, 'cache');
    const real = memoryStore();
    const store = renderedOnDisk(real, dir, root);
    store.set(entry('a', 'd1'));
    store.set(entry('b', 'd1'));
    store.set(entry('a', 'd2'));
    store.delete('b');
    expect(readdirSync(dir)).toHaveLength(6);
    store.prune();
    const files = real.get('a')?.rendered?.metadata?.frontmatter?.[RENDERED_FILES_KEY] as RenderedFiles;
    expect(readdirSync(dir).map((name) => join(dir, name)).sort()).toEqual([files.html, files.turns].sort());
    expect(existsSync(files.html) && readFileSync(files.html, 'utf8')).toContain('>a<');
  });
});

describe('the batched store', () => {
  test('holds new entries until flushed, so the data store is written once', () => {
    const real = memoryStore();
    const batched = batchedStore(real);
    batched.store.set(entry('a', 'd1'));
    batched.store.set(entry('b', 'd1'));
    expect(real.writes).toBe(0);
    expect(batched.store.get('a')?.id).toBe('a');
    expect(batched.store.has('b')).toBe(true);
    batched.flush();
    expect(real.keys()).toEqual(['a', 'b']);
    batched.store.set(entry('c', 'd1'));
    expect(real.has('c')).toBe(true);
  });
});
