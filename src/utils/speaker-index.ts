import type { Speaker } from '../schemas/transcript';
import type { TurnOutline } from './turn-outline';

/** What the speaker index needs to know about one transcript. */
export interface IndexedTranscript {
  slug: string;
  title: string;
  date: Date;
  place: string;
  speakers: readonly Speaker[];
  /** Its turns' outlines, in order. */
  turns: readonly TurnOutline[];
}

/** One turn as a speaker's page lists it. */
export interface SpeakerTurn {
  slug: string;
  title: string;
  date: Date;
  anchor: string;
  /** Position of the turn in its transcript, counted from 1. */
  position: number;
  /** How many turns the transcript has. */
  turnsInTranscript: number;
  words: number;
  /** The opening of the turn (see `EXCERPT_CHARS`). */
  excerpt: string;
}

/** A speaker across every transcript, identified by their key. */
export interface SpeakerEntry {
  key: string;
  /** The name as the most recent transcript gives it. */
  name: string;
  /** The role as the most recent transcript gives it, if any. */
  role: string | undefined;
  /** Every other role the speaker is given, most recent first. */
  otherRoles: string[];
  /** How many transcripts the speaker speaks in. */
  transcripts: number;
  /** Words in all of the speaker's turns, in the published English text. */
  words: number;
  /** Every turn, oldest transcript first, then in order within each transcript. */
  turns: SpeakerTurn[];
}

/** What a speaker's pages show about the speaker beside a page of turns: all but the turns. */
export type SpeakerSummary = Omit<SpeakerEntry, 'turns'> & {
  /** How many turns the speaker has in all. */
  turnCount: number;
};

export function speakerSummary({ turns, ...speaker }: SpeakerEntry): SpeakerSummary {
  return { ...speaker, turnCount: turns.length };
}

/**
 * Gathers every speaker's turns across transcripts, in date order, from the outlines of the
 * turns the Markdown pipeline reported (`turnOutline`). Speakers come out sorted by family name, as an index of people
 * is ("Kolesnikov, Lukashenko, Putin"). A speaker declared in a
 * transcript but silent in it is not counted there.
 */
export function buildSpeakerIndex(transcripts: readonly IndexedTranscript[]): SpeakerEntry[] {
  const byDate = [...transcripts].sort((a, b) => a.date.getTime() - b.date.getTime() || a.slug.localeCompare(b.slug));
  const index = new Map<string, SpeakerEntry>();
  for (const transcript of byDate) {
    const declared = new Map(transcript.speakers.map((speaker) => [speaker.key, speaker]));
    const turns = transcript.turns;
    for (const turn of turns) {
      const speaker = declared.get(turn.speaker);
      if (!speaker) throw new Error(`${transcript.slug}: turn ${turn.anchor} is by "${turn.speaker}", who is not declared`);
      const entry = index.get(turn.speaker) ?? newEntry(speaker);
      if (entry.turns.at(-1)?.slug !== transcript.slug) {
        entry.transcripts += 1;
        updateIdentity(entry, speaker);
      }
      entry.words += turn.words;
      entry.turns.push({
        slug: transcript.slug,
        title: transcript.title,
        date: transcript.date,
        anchor: turn.anchor,
        position: turn.position,
        turnsInTranscript: turns.length,
        words: turn.words,
        excerpt: turn.excerpt,
      });
      index.set(turn.speaker, entry);
    }
  }
  return [...index.values()].sort((a, b) => byName.compare(familyName(a.name), familyName(b.name)) || byName.compare(a.name, b.name) || a.key.localeCompare(b.key));
}

const byName = new Intl.Collator('en');

/** "Vladimir Putin" → "Putin": the last word, as English texts write Russian names. */
export function familyName(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

function newEntry(speaker: Speaker): SpeakerEntry {
  return { key: speaker.key, name: speaker.name, role: speaker.role, otherRoles: [], transcripts: 0, words: 0, turns: [] };
}

/** Later transcripts win: people change posts, and the latest one is how readers know them. */
function updateIdentity(entry: SpeakerEntry, speaker: Speaker): void {
  entry.name = speaker.name;
  if (speaker.role && speaker.role !== entry.role) {
    const roles = [speaker.role, entry.role, ...entry.otherRoles].filter((role): role is string => Boolean(role));
    [entry.role, ...entry.otherRoles] = [...new Set(roles)];
  }
}
