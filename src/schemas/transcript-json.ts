import { z } from 'zod';
import { speakerKeySchema } from './transcript';

/**
 * The version of the `/transcripts/<slug>.json` shape. It goes up by one whenever a field is
 * removed, renamed or changes meaning; adding a field does not change it.
 *
 * - 2: a turn's `paragraphs` (plain strings, a list or an inner heading flattened into one)
 *   became `blocks`: paragraphs, headings, lists and quotes, each with its plain `text`.
 * - 1: the first published shape.
 */
export const TRANSCRIPT_JSON_VERSION = 2;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD');
const absoluteUrl = z.url({ protocol: /^https?$/ });

/** One speaker of the transcript, with what they said in it. */
export const jsonSpeakerSchema = z.strictObject({
  /** Stable identifier, used in turn anchors and in `/speakers/<key>/`. */
  key: speakerKeySchema,
  /** The name as published. */
  name: z.string().min(1),
  /** The post or affiliation, when the transcript gives one. */
  role: z.string().min(1).optional(),
  /** How many turns the speaker takes in this transcript. */
  turns: z.number().int().nonnegative(),
  /** Words in those turns: a count of the published English text, not a measure of importance. */
  words: z.number().int().nonnegative(),
  /** The speaker's page, listing their turns in every transcript. */
  url: absoluteUrl,
});

/** A paragraph of the turn, its text as published. */
const jsonParagraphSchema = z.strictObject({ type: z.literal('paragraph'), text: z.string() });

/** A heading inside the turn; `id` is its anchor on the transcript page. */
const jsonHeadingSchema = z.strictObject({ type: z.literal('heading'), depth: z.number().int().min(3).max(6), id: z.string().min(1), text: z.string() });

/** A list; each item is a list of blocks. `start` is the first number of a numbered list, when not 1. */
const jsonListSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  start: z.number().int().nonnegative().optional(),
  get items() {
    return z.array(z.array(jsonBlockSchema)).min(1);
  },
});

/** A quotation read out by the speaker. */
const jsonQuoteSchema = z.strictObject({
  type: z.literal('quote'),
  get blocks() {
    return z.array(jsonBlockSchema).min(1);
  },
});

export type JsonBlock =
  | z.output<typeof jsonParagraphSchema>
  | z.output<typeof jsonHeadingSchema>
  | { type: 'list'; ordered: boolean; start?: number | undefined; items: JsonBlock[][] }
  | { type: 'quote'; blocks: JsonBlock[] };

/** One block of a turn's text (the turn model's blocks, without their HTML). */
export const jsonBlockSchema: z.ZodType<JsonBlock> = z.discriminatedUnion('type', [jsonParagraphSchema, jsonHeadingSchema, jsonListSchema, jsonQuoteSchema]);

/** One speaker turn, in the order spoken. */
export const jsonTurnSchema = z.strictObject({
  /** The turn's anchor on the transcript page, such as `vladimir-putin-2`. */
  anchor: z.string().min(1),
  /** Position in the transcript, counted from 1. */
  position: z.number().int().positive(),
  /** Key of the speaker, one of `speakers[].key`. */
  speaker: speakerKeySchema,
  /** Which of this speaker's turns it is, counted from 1. */
  countForSpeaker: z.number().int().positive(),
  /** The text, block by block, as published (since version 2; before, `paragraphs`). */
  blocks: z.array(jsonBlockSchema).min(1),
  /** Words in the turn's published English text. */
  words: z.number().int().nonnegative(),
  /** The turn's own page: its permalink. */
  url: absoluteUrl,
  /** The turn in context, on the full transcript page. */
  contextUrl: absoluteUrl,
});

/** The whole of `/transcripts/<slug>.json`: the metadata, the speakers and the turns. */
export const transcriptJsonSchema = z.strictObject({
  /** Version of this shape (see {@link TRANSCRIPT_JSON_VERSION}). */
  schemaVersion: z.literal(TRANSCRIPT_JSON_VERSION),
  /** The transcript's identifier, also its file name and URL segment. */
  slug: z.string().min(1),
  /** The transcript page. */
  url: absoluteUrl,
  /** The event's title as published. */
  title: z.string().min(1),
  /** The day of the event. */
  date: isoDay,
  /** Where the event took place. */
  place: z.string().min(1),
  /** The page the text was published on. */
  source: absoluteUrl,
  /** The publisher's short link, when it gives one. */
  shortLink: absoluteUrl.optional(),
  /** The page in the original language (Russian), when the text is a translation of one. */
  originalUrl: absoluteUrl.optional(),
  /** BCP 47 language of the text. */
  lang: z.string().min(2),
  /** Who made the text, such as "The English text is the Kremlin's translation." */
  translationNote: z.string().min(1),
  /** The short summary that precedes the transcript; absent when the page has none. */
  summary: z.string().min(1).optional(),
  /** The publisher's topics for the page, possibly none. */
  tags: z.array(z.string().min(1)),
  /** Words in all turns. */
  words: z.number().int().nonnegative(),
  /** Everyone declared as a speaker, in the order declared. */
  speakers: z.array(jsonSpeakerSchema).min(1),
  /** Every turn, in order. */
  turns: z.array(jsonTurnSchema),
});

export type TranscriptJson = z.output<typeof transcriptJsonSchema>;
