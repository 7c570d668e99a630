import type { Transcript } from '../schemas/transcript';
import type { TurnRecord } from '../schemas/turn';

/** A transcript as the loader leaves it: its slug, front matter and turns. */
export interface LoadedTranscript {
  id: string;
  data: Transcript;
  /** Its turns, read on demand from the loader's rendered files. */
  turns(): TurnRecord[];
}

/**
 * The loader runs inside Astro's content sync and the build's integrations run beside it, in
 * the same process but with separate copies of every module, so the hand-over goes through one
 * global slot. The search index takes it at `astro:build:start` and can be built while Astro
 * renders the pages, instead of after.
 */
const SLOT = Symbol.for('transcripts:loaded');
type Slot = { [SLOT]?: LoadedTranscript[] | undefined };

/** Called by the loader once every transcript is loaded (and rendered, or read from the cache). */
export function announceLoaded(transcripts: LoadedTranscript[]): void {
  (globalThis as Slot)[SLOT] = transcripts;
}

/** The transcripts of the latest content sync, once: a second build in one process syncs anew. */
export function takeLoaded(): LoadedTranscript[] | undefined {
  const transcripts = (globalThis as Slot)[SLOT];
  (globalThis as Slot)[SLOT] = undefined;
  return transcripts;
}
