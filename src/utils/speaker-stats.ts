import type { Speaker } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';

export interface SpeakerStats extends Speaker {
  /** How many turns the speaker takes. */
  turns: number;
  /** Words in those turns, counted in the published English text. */
  words: number;
  /** The speaker's words as a share of all words in the transcript, from 0 to 1. */
  share: number;
}

/**
 * How much each declared speaker says in one transcript, in the order the front matter
 * declares them. A declared speaker who never speaks is kept, with zero turns.
 */
export function speakerStats(speakers: readonly Speaker[], turns: readonly Pick<Turn, 'speaker' | 'words'>[]): SpeakerStats[] {
  const totals = new Map(speakers.map((speaker) => [speaker.key, { turns: 0, words: 0 }]));
  let allWords = 0;
  for (const turn of turns) {
    const total = totals.get(turn.speaker);
    if (!total) throw new Error(`turn by "${turn.speaker}", who is not among the declared speakers`);
    total.turns += 1;
    total.words += turn.words;
    allWords += turn.words;
  }
  return speakers.map((speaker) => {
    const total = totals.get(speaker.key) ?? { turns: 0, words: 0 };
    return { ...speaker, ...total, share: allWords === 0 ? 0 : total.words / allWords };
  });
}
