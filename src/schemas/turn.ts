import { z } from 'zod';
import { speakerKeySchema } from './transcript';

/**
 * One speaker turn as the Markdown pipeline reports it. Pages other than the transcript page
 * (turn pages, speaker pages, data downloads) read turns from here instead of rendering the
 * Markdown again.
 */
export const turnRecordSchema = z.strictObject({
  /** The turn's anchor on the transcript page, such as `vladimir-putin-2`. */
  anchor: z.string().min(1),
  /** The key of the speaker, declared in the transcript's `speakers`. */
  speaker: speakerKeySchema,
  /** Position of the turn in the transcript, counted from 1. */
  position: z.number().int().positive(),
  /** Which of this speaker's turns it is, counted from 1. */
  countForSpeaker: z.number().int().positive(),
  /** The turn's text, one string per paragraph, exactly as published. */
  paragraphs: z.array(z.string()).min(1),
  /** Words in the turn's published English text (see `countWords`). */
  words: z.number().int().nonnegative(),
});

export type TurnRecord = z.output<typeof turnRecordSchema>;
