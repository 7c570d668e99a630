import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import readTranscript, { type ReadTranscript, type TranscriptText } from './read-transcript';

/** Reads transcript files ({@link readTranscript}), in this thread or in a pool of workers. */
export interface TurnReader {
  read(file: TranscriptText): Promise<ReadTranscript>;
  /** How many files it can usefully read at once: the caller keeps that many in flight. */
  readonly width: number;
  close(): Promise<void>;
}

/**
 * What a cold build spends most of its content sync on is reading the turns from the Markdown
 * (remark and the speaker-turn plugins, about 14 ms a transcript at 1,000), in one thread while
 * the other core waits. A load that reads more than one file hands them to a pool of workers
 * (`piscina`), one per core: each worker loads `read-transcript.ts` through `tsx`, as the
 * project's scripts do, and reads whole files, plain data in and out. Starting them takes about
 * a second, so the first file is read here: a load that reads one file (a transcript added or
 * edited) starts no workers. With `threads` below 2 every file is read here.
 *
 * ```ts
 * const reader = turnReader();
 * const result = await reader.read({ path, text }); // in this thread: the first file
 * await reader.read({ path: next, text: nextText }); // in a worker: the second and after
 * await reader.close();
 * ```
 */
export function turnReader(threads = Math.min(availableParallelism(), 4)): TurnReader {
  let pool: Piscina<TranscriptText, ReadTranscript> | undefined;
  let reads = 0;
  return {
    width: threads * 2,
    read(file) {
      reads++;
      if (threads < 2 || reads === 1) return readTranscript(file);
      pool ??= new Piscina({ filename: new URL('./read-transcript.ts', import.meta.url).href, minThreads: threads, maxThreads: threads, execArgv: ['--import', TSX] });
      return pool.run(file) as Promise<ReadTranscript>;
    },
    async close() {
      await pool?.close();
      pool = undefined;
    },
  };
}

/** tsx's loader, resolved from here: a worker runs the TypeScript source as the scripts do. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
