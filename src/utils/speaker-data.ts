import type { Turn } from '../schemas/turn';
import { feedTurnLookup } from './speaker-feed';
import { buildSpeakerIndex, type SpeakerEntry } from './speaker-index';
import { getTranscripts, outlinesOf, turnsOf } from './transcripts';

/**
 * Turns per speaker page: a speaker with 5,000 turns gets 100 pages of well under 200 KB each
 * (`npm run bench:pages` prints the sizes).
 */
export const SPEAKER_TURNS_PER_PAGE = 50;

let cached: Promise<SpeakerEntry[]> | undefined;

/**
 * Every speaker across every transcript, built once per build from the outlines of the turns
 * the Markdown pipeline reported (no turn's text is read), and shared by `/speakers/` and every speaker page. The dev server
 * rebuilds it on each request so that edits show.
 */
export function getSpeakerIndex(): Promise<SpeakerEntry[]> {
  if (import.meta.env.DEV) return loadSpeakerIndex();
  cached ??= loadSpeakerIndex();
  return cached;
}

async function loadSpeakerIndex(): Promise<SpeakerEntry[]> {
  const transcripts = await getTranscripts();
  // Each transcript's outlines are read when the index reaches it, not all of them up front.
  return buildSpeakerIndex(
    transcripts.map((entry) => ({
      slug: entry.id,
      ...entry.data,
      get turns() {
        return outlinesOf(entry);
      },
    })),
  );
}

let feedText: Promise<(slug: string, position: number) => Turn> | undefined;

/**
 * Every turn the speakers' feeds list, in full (`feedTurnLookup`), read once per build and
 * only when a feed is rendered: a build in which no feed changed reads no turn's text.
 * `(await getFeedTurns())('<slug>', 3)` → that transcript's 3rd turn.
 */
export function getFeedTurns(): Promise<(slug: string, position: number) => Turn> {
  if (import.meta.env.DEV) return loadFeedTurns();
  feedText ??= loadFeedTurns();
  return feedText;
}

async function loadFeedTurns(): Promise<(slug: string, position: number) => Turn> {
  const [speakers, transcripts] = await Promise.all([getSpeakerIndex(), getTranscripts()]);
  const bySlug = new Map(transcripts.map((entry) => [entry.id, entry]));
  const lookup = feedTurnLookup(speakers, (slug) => {
    const entry = bySlug.get(slug);
    if (!entry) throw new Error(`speaker feed: there is no transcript "${slug}"`);
    return turnsOf(entry);
  });
  return (slug, position) => {
    const turn = lookup(slug, position);
    if (!turn) throw new Error(`speaker feed: transcript "${slug}" has no turn ${position}`);
    return turn;
  };
}
