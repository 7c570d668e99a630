import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { entryIdOf } from '../utils/entry-id';
import { displayPath, SourceError } from '../utils/source-error';
import type { Transcript } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import { sourceDigest } from '../utils/source-digest';
import { decodeTranscript, MAX_TRANSCRIPT_BYTES, parseTranscript, readTranscriptFile, transcriptFiles, type TranscriptFile } from '../utils/transcript-file';
import { ANCHORS_KEY, storedAnchors, TURNS_FILE_KEY } from '../utils/turns-file';
import { lostAnchors, readAnchorsManifest } from './anchors-manifest';
import { writeLoadedTranscripts } from './loaded-transcripts';
import { renderCache, type CacheKey } from './render-cache';
import { turnReader } from './turn-reader';

export interface TranscriptLoaderOptions {
  /** Folder of transcript Markdown files, relative to the project root (default: `'./content/transcripts'`). */
  base?: string;
  /**
   * The manifest of published turn anchors (default: `anchors.json` beside the transcripts
   * folder, so `content/anchors.json`). A folder without one has published nothing yet.
   */
  anchorsManifest?: string;
  /** The largest transcript file accepted, in bytes (default: 2 MiB). */
  maxBytes?: number;
}

/**
 * A transcript file read, kept to store and to check against the published anchors: its
 * front matter and its turns' anchors, not its text or its turns, so that a load holds one
 * transcript's text at a time.
 */
interface Loaded {
  path: string;
  data: Transcript;
  /** The file's lines, for an error about its front matter: read again only then. */
  lines(): Pick<TranscriptFile, 'path' | 'bodyOffset' | 'lineOf'>;
  id: string;
  key: CacheKey;
  /** The entry's digest in the store: of its text, and of its cached turns' file and text. */
  digest: string;
  anchors: string[];
}

/**
 * The transcripts collection. Each file is read once (`parseTranscript`: one YAML reader,
 * one schema, errors as `file:line: reason`), then its turns are read from the Markdown
 * (`readTranscript`, in a pool of workers for an archive: `turnReader`) or taken from the
 * render cache, then the turns are compared with the published
 * anchors. A file whose text is unchanged since the last load, read by the same front-matter
 * code, and whose turns are still cached, is not parsed at all: its front matter and anchors
 * are those the store kept. Every problem of every
 * file is reported together and stops the build, so a broken transcript never ships
 * half-rendered.
 *
 * Each entry holds the front matter as the schema normalised it and its turns' anchors
 * (`rendered.metadata.anchors`, read by `anchorsOf`); its turns stay in the render cache's
 * files (`rendered.metadata.turnsFile`, read by `turnsOf`), because Astro bundles the whole
 * data store into the build and a 1,000-transcript archive's text would not fit. At the
 * end of a load the transcripts are handed to the build's integrations (`writeLoadedTranscripts`).
 */
export function transcriptLoader(options: TranscriptLoaderOptions = {}): Loader {
  const { base = './content/transcripts', maxBytes = MAX_TRANSCRIPT_BYTES } = options;
  let watching = false;
  return {
    name: 'transcript-loader',
    load: async (context) => {
      const dir = isAbsolute(base) ? base : resolve(fileURLToPath(context.config.root), base);
      await load(context, dir);
      // Under `astro dev`, a changed transcript reloads the folder; the cache keeps it quick.
      if (watching || !context.watcher) return;
      watching = true;
      context.watcher.add(dir);
      context.watcher.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.md')) load(context, dir).catch((error: unknown) => context.logger.error((error as Error).message));
      });
    },
  };

  async function load(context: LoaderContext, dir: string): Promise<void> {
    const root = fileURLToPath(context.config.root);
    const cache = renderCache(fileURLToPath(new URL(`${context.collection}/`, context.config.cacheDir)), root, (message) => context.logger.warn(message));
    // The digest names the turns file and digests its text, so an entry moved with its cache,
    // or whose cached turns were damaged, is stored anew; and it names what the entry's
    // metadata holds (the store keeps an entry whose digest is unchanged).
    // It also digests the code that reads front matter (the YAML reader, the schema), so the
    // front matter the store kept is reused only while that code is the same.
    const frontMatterCode = sourceDigest(root, FRONT_MATTER_SOURCES);
    const entryDigest = (key: CacheKey, turnsText: string) => `${key.digest}:${context.generateDigest(`${cache.fileOf(key)}\n${STORED_METADATA}\n${frontMatterCode}\n${turnsText}`)}`;
    // Every file's problems at once: those of front matter and file, then those of the turns
    // of the files whose front matter was sound.
    const fileProblems: string[] = [];
    const turnProblems: string[] = [];
    const loaded: Loaded[] = [];
    const files = transcriptFiles(dir);
    // Workers take a second to start: worth it for an archive, not for a handful of files.
    const reader = turnReader(files.length >= POOLED_FROM ? undefined : 1);
    /** One file, up to its turns: they may come from a worker, so files are read a few at once. */
    const readFile = async (path: string): Promise<() => void> => {
      const { value: text, problem: unreadable } = attempt(() => decodeTranscript(path, readFileSync(path), maxBytes));
      if (text === undefined) return () => fileProblems.push(unreadable ?? path);
      const id = entryIdOf(relative(dir, path));
      const key = { id, digest: context.generateDigest(text) };
      const stored = context.store.get(id);
      const lines = () => readTranscriptFile(path, maxBytes);
      // An unchanged file whose cached turns are as the last load left them (the digest of
      // their text is the stored one's): its front matter and anchors are those the store
      // kept, and neither its YAML nor its turns are parsed or checked again.
      let turnsText = cache.text(key);
      let digest = turnsText === undefined ? undefined : entryDigest(key, turnsText);
      const kept = digest !== undefined && stored?.digest === digest ? storedAnchors(stored.rendered?.metadata) : undefined;
      let data: Transcript;
      let anchors: string[];
      let turns: Turn[] | undefined;
      if (kept && digest !== undefined && stored) {
        data = stored.data as Transcript;
        anchors = kept;
      } else {
        turns = turnsText === undefined ? undefined : cache.read(key, String(stored?.digest ?? '').startsWith(`${key.digest}:`));
        if (turns && turnsText !== undefined) {
          // The turns are cached: only the front matter is read.
          const { value: file, problem } = attempt(() => parseTranscript(path, text));
          if (!file) return () => fileProblems.push(problem ?? path);
          data = file.data;
          digest = entryDigest(key, turnsText);
        } else {
          const read = await reader.read({ path, text });
          if ('problem' in read) return () => (read.step === 'file' ? fileProblems : turnProblems).push(read.problem);
          ({ data, turns } = read);
          turnsText = cache.write(key, turns);
          digest = entryDigest(key, turnsText);
        }
        anchors = turns.map((turn) => turn.anchor);
      }
      // Outlines lost from the cache are written again, from the turns.
      if (!cache.hasOutlines(key)) {
        const outlined = turns ?? cache.read(key, true);
        if (outlined) cache.writeOutlines(key, outlined);
      }
      const entry: Loaded = { path, data, lines, id, key, digest, anchors };
      return () => loaded.push(entry);
    };
    // Files finish in any order; their entries and problems are taken in the folder's order.
    const inFlight: Promise<() => void>[] = [];
    const settle = async () => (await inFlight.shift())?.();
    try {
      for (const path of files) {
        inFlight.push(readFile(path));
        if (inFlight.length >= reader.width) await settle();
      }
      while (inFlight.length > 0) await settle();
    } finally {
      await Promise.allSettled(inFlight);
      await reader.close();
    }
    const problems = [...fileProblems, ...turnProblems];
    stopOn(problems);
    checkPublishedAnchors(loaded, options.anchorsManifest ?? join(dir, '..', 'anchors.json'), context.logger);

    const ids = new Set(loaded.map(({ id }) => id));
    for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
    for (const { path, data, id, key, digest, anchors } of loaded) {
      context.store.set({ id, data, filePath: relative(root, path), digest, rendered: { html: '', metadata: { [TURNS_FILE_KEY]: cache.fileOf(key), [ANCHORS_KEY]: anchors } } });
    }
    cache.prune(loaded.map(({ key }) => key));
    writeLoadedTranscripts(context.config.cacheDir, loaded.map(({ id, data, key }) => ({ id, data, turnsFile: cache.fileOf(key) })));
  }
}

/** The fewest transcript files for which a load reads turns in a pool of workers (`turnReader`). */
const POOLED_FROM = 32;

/** What reads a file's front matter, relative to the project root (with every module of `src/` it imports). */
const FRONT_MATTER_SOURCES = ['package-lock.json', 'src/utils/transcript-file.ts'];

/** What each entry's `rendered.metadata` holds, part of its digest: change it when that changes. */
const STORED_METADATA = [TURNS_FILE_KEY, ANCHORS_KEY].join(' ');

/**
 * Every published anchor must still lead somewhere: to a turn, or through `anchorAliases` to
 * the turn that now holds its words. Anchors not yet in the manifest only earn a reminder.
 */
function checkPublishedAnchors(loaded: readonly Loaded[], manifestFile: string, logger: LoaderContext['logger']): void {
  const manifest = readAnchorsManifest(manifestFile);
  if (!manifest) return;
  const byId = new Map(loaded.map((transcript) => [transcript.id, transcript]));
  const problems: string[] = [];
  let unpublished = 0;
  for (const [slug, published] of Object.entries(manifest)) {
    const transcript = byId.get(slug);
    if (!transcript) {
      problems.push(`${displayPath(manifestFile)}: transcript "${slug}" was published, but there is no ${slug}.md any more: restore it, so that its ${published.length} turn links keep working`);
      continue;
    }
    const anchors = transcript.anchors;
    const fresh = anchors.filter((anchor) => !published.includes(anchor));
    unpublished += fresh.length;
    const lost = lostAnchors(published, anchors, transcript.data.anchorAliases);
    if (lost.length > 0) problems.push(lostAnchorsError(transcript.lines(), lost, fresh, manifestFile).message);
  }
  for (const transcript of loaded) if (!(transcript.id in manifest)) unpublished += transcript.anchors.length;
  stopOn(problems);
  if (unpublished > 0) logger.warn(`${unpublished} turn anchors are not in ${displayPath(manifestFile)} yet: run "npm run anchors:update" when you publish them`);
}

/** Points at the front matter, where the fix goes, and suggests it. */
function lostAnchorsError(file: ReturnType<Loaded['lines']>, lost: string[], fresh: string[], manifestFile: string): SourceError {
  const line = file.lineOf(['anchorAliases']) ?? file.bodyOffset;
  const guess = (index: number) => (lost.length === fresh.length ? fresh[index] : '<anchor of the turn that now holds it>');
  const example = lost.map((anchor, index) => `\n    ${anchor}: ${guess(index)}`).join('');
  return new SourceError(
    file.path,
    line,
    `published turn anchor${lost.length > 1 ? 's' : ''} ${lost.map((anchor) => `"${anchor}"`).join(', ')} no longer exist${lost.length > 1 ? '' : 's'}, ` +
      `and links that readers have shared or cited use ${lost.length > 1 ? 'them' : 'it'} (${displayPath(manifestFile)}). ` +
      `Keep the turn, or declare in the front matter which turn now holds it:\n  anchorAliases:${example}` +
      (fresh.length > 0 ? `\n  (turns not yet published: ${fresh.join(', ')})` : ''),
  );
}

function attempt<T>(run: () => T): { value?: T; problem?: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/** Stops the build with every problem found, one per line. */
function stopOn(problems: string[]): void {
  if (problems.length === 1) throw new Error(problems[0]);
  if (problems.length > 1) throw new Error(`${problems.length} problems in the transcripts:\n${problems.join('\n')}`);
}
