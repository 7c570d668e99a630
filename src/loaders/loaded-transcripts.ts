import type { Transcript } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';

/** A transcript as the loader leaves it: its slug, front matter and turns. */
export interface LoadedTranscript {
  id: string;
  data: Transcript;
  /** Its turns, read on demand from the loader's rendered files. */
  turns(): Turn[];
}

/**
 * The loader runs inside Astro's content sync and the build's integrations run beside it, in
 * the same process but with separate copies of every module, so the hand-over goes through
 * global slots: the finished list, which the search index takes at `astro:build:start`, and,
 * while a build loads, a stream of each transcript as soon as it is rendered, so that Pagefind
 * indexes on the second core while the first still renders Markdown.
 */
const SLOT = Symbol.for('transcripts:loaded');
const STREAM = Symbol.for('transcripts:loading');
type Slot = { [SLOT]?: LoadedTranscript[] | undefined; [STREAM]?: LoadingStream | undefined };
const slots = globalThis as Slot;

interface LoadingStream {
  rendered(transcript: LoadedTranscript): void;
  loaded(all: LoadedTranscript[]): void;
  failed(error: unknown): void;
}

/** Called by the loader for each transcript it has just rendered. */
export function announceRendered(transcript: LoadedTranscript): void {
  slots[STREAM]?.rendered(transcript);
}

/** Called by the loader once every transcript is loaded (and rendered, or read from the cache). */
export function announceLoaded(transcripts: LoadedTranscript[]): void {
  slots[SLOT] = transcripts;
  slots[STREAM]?.loaded(transcripts);
  slots[STREAM] = undefined;
}

/** Called by the loader when the load stops on a problem: whoever streams must stop too. */
export function announceFailed(error: unknown): void {
  slots[STREAM]?.failed(error);
  slots[STREAM] = undefined;
}

/** The transcripts of the latest content sync, once: a second build in one process syncs anew. */
export function takeLoaded(): LoadedTranscript[] | undefined {
  const transcripts = slots[SLOT];
  slots[SLOT] = undefined;
  return transcripts;
}

/**
 * Every transcript of the next load, each as soon as it is rendered and those the cache held
 * at the end; each once. It ends when the load does, and throws if the load fails or `stop`
 * is called (say, no load came).
 */
export function streamLoaded(): { transcripts: AsyncIterable<LoadedTranscript>; stop(error: Error): void } {
  const queue: LoadedTranscript[] = [];
  const sent = new Set<string>();
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const stream: LoadingStream = {
    rendered(transcript) {
      queue.push(transcript);
      notify();
    },
    loaded(all) {
      queue.push(...all);
      ended = true;
      notify();
    },
    failed(error) {
      failure = error;
      notify();
    },
  };
  slots[STREAM] = stream;
  async function* transcripts(): AsyncGenerator<LoadedTranscript> {
    for (;;) {
      if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
      const next = queue.shift();
      if (next) {
        if (!sent.has(next.id)) {
          sent.add(next.id);
          yield next;
        }
        continue;
      }
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  }
  return {
    transcripts: transcripts(),
    stop(error) {
      if (slots[STREAM] === stream) slots[STREAM] = undefined;
      stream.failed(error);
    },
  };
}
