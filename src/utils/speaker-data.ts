import { buildSpeakerIndex, type SpeakerEntry } from './speaker-index';
import { getTranscripts, turnsOf } from './transcripts';

/**
 * Turns per speaker page: a speaker with 5,000 turns gets 100 pages of well under 200 KB each
 * (`npm run bench:pages` prints the sizes).
 */
export const SPEAKER_TURNS_PER_PAGE = 50;

let cached: Promise<SpeakerEntry[]> | undefined;

/**
 * Every speaker across every transcript, built once per build from the turns the Markdown
 * pipeline reported, and shared by `/speakers/` and every speaker page. The dev server
 * rebuilds it on each request so that edits show.
 */
export function getSpeakerIndex(): Promise<SpeakerEntry[]> {
  if (import.meta.env.DEV) return loadSpeakerIndex();
  cached ??= loadSpeakerIndex();
  return cached;
}

async function loadSpeakerIndex(): Promise<SpeakerEntry[]> {
  const transcripts = await getTranscripts();
  // Each transcript's turns are read when the index reaches it, not all of them up front.
  return buildSpeakerIndex(
    transcripts.map((entry) => ({
      slug: entry.id,
      ...entry.data,
      get turns() {
        return turnsOf(entry);
      },
    })),
  );
}
