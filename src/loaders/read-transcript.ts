import { readTurns } from '../plugins/read-turns';
import type { Transcript } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import { parseTranscript } from '../utils/transcript-file';

/** A transcript file's text, to be read: where it came from, for errors that name the file and line. */
export interface TranscriptText {
  path: string;
  text: string;
}

/**
 * What reading a transcript file gives: its front matter as the schema normalised it and its
 * turns, or the problem that stopped it, with the step it failed at (front matter and file
 * problems are reported before turn problems).
 */
export type ReadTranscript = { data: Transcript; turns: Turn[] } | { problem: string; step: 'file' | 'turns' };

/**
 * Reads one transcript file: its front matter (`parseTranscript`), then its turns
 * (`readTurns`). Plain data in and out, so that it runs the same in the loader's own thread or
 * in a worker of the pool (`turn-reader.ts`), which loads this module as its task.
 *
 * `readTranscript({ path: 'content/transcripts/x.md', text })` → `{ data: { title: …, speakers: […] },
 * turns: [{ anchor: 'vladimir-putin-1', … }, …] }`; with a speaker not in the front matter →
 * `{ step: 'turns', problem: 'content/transcripts/x.md:127: turn speaker "nobody-declared" is not
 * declared in the front matter's speakers (declared: …)' }`.
 */
export default async function readTranscript({ path, text }: TranscriptText): Promise<ReadTranscript> {
  let file;
  try {
    file = parseTranscript(path, text);
  } catch (error) {
    return { problem: (error as Error).message, step: 'file' };
  }
  try {
    const { turns } = await readTurns(file);
    return { data: file.data, turns };
  } catch (error) {
    return { problem: (error as Error).message, step: 'turns' };
  }
}
