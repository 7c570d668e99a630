import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transcript } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import { writeAtomically } from '../utils/write-atomically';

/**
 * The hand-over from the transcript loader to the build's integrations (the search index, the
 * sitemap's filter). The loader runs inside Astro's content sync, with its own copies of every
 * module, so nothing is shared in memory: at the end of each load it writes what it loaded to
 * one file in Astro's cache folder, and an integration reads that file. Its shape is
 * {@link LoadedTranscript}; the turns stay in the render cache's files, read when needed.
 *
 * ```ts
 * // the loader, once every transcript is checked and its turns are cached:
 * writeLoadedTranscripts(config.cacheDir, transcripts);
 * // the search index, at astro:build:start:
 * for (const { id, data, turns } of readLoadedTranscripts(config.cacheDir) ?? []) index(id, data, turns());
 * ```
 */
export interface LoadedTranscript {
  /** The transcript's id: its URL slug. */
  id: string;
  /** Its front matter, as the schema normalised it. */
  data: Transcript;
  /** Its turns, read from the render cache. */
  turns(): Turn[];
  /** The render cache's file of its turns; its name carries the digest of the text and of the code that read it. */
  turnsFile: string;
}

/** One line of the file: the front matter as JSON (the date as a day) and where the turns are. */
interface Written {
  id: string;
  data: Omit<Transcript, 'date'> & { date: string };
  turnsFile: string;
}

const FILE_NAME = 'loaded-transcripts.json';

/** The hand-over file in Astro's cache folder (`config.cacheDir`). */
export function loadedTranscriptsFile(cacheDir: URL | string): string {
  return join(typeof cacheDir === 'string' ? resolve(cacheDir) : fileURLToPath(cacheDir), FILE_NAME);
}

/** Called by the loader once a load has succeeded: every transcript, with the file of its turns. */
export function writeLoadedTranscripts(cacheDir: URL | string, transcripts: readonly { id: string; data: Transcript; turnsFile: string }[]): void {
  const file = loadedTranscriptsFile(cacheDir);
  const written: Written[] = transcripts.map(({ id, data, turnsFile }) => ({ id, data: { ...data, date: data.date.toISOString().slice(0, 10) }, turnsFile }));
  writeAtomically(file, JSON.stringify(written));
}

/** Forgets the last load's transcripts: an integration calls it before a load, so it never reads an older one. */
export function clearLoadedTranscripts(cacheDir: URL | string): void {
  rmSync(loadedTranscriptsFile(cacheDir), { force: true });
}

/** The transcripts of the latest load, or `undefined` when none was written since it was cleared. */
export function readLoadedTranscripts(cacheDir: URL | string): LoadedTranscript[] | undefined {
  const file = loadedTranscriptsFile(cacheDir);
  if (!existsSync(file)) return undefined;
  const written = JSON.parse(readFileSync(file, 'utf8')) as Written[];
  return written.map(({ id, data, turnsFile }) => ({
    id,
    data: { ...data, date: new Date(`${data.date}T00:00:00Z`) },
    turns: () => JSON.parse(readFileSync(turnsFile, 'utf8')) as Turn[],
    turnsFile,
  }));
}
