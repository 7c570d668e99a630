import { z } from 'zod';

/** A speaker key: a lowercase slug of the person's name, such as `vladimir-putin`. */
export const speakerKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "vladimir-putin"');

/** A turn anchor: a speaker key and that speaker's turn count, such as `vladimir-putin-2`. */
export const turnAnchorSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-[1-9][0-9]*$/, 'must be a turn anchor such as "vladimir-putin-2"');

/**
 * Text shown to readers: never empty, and with non-breaking spaces folded into plain ones
 * so that names and roles compare, sort and search as typed.
 */
const displayText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .transform((text) => text.replace(/\u00a0/g, ' '));

/**
 * A day written `YYYY-MM-DD`. Strings are checked against the calendar, so "2022-02-30" is an
 * error rather than quietly becoming 2 March.
 */
const calendarDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a date: write a real day as YYYY-MM-DD, such as 2022-02-18` });
    return z.NEVER;
  }
  return date;
});

/** One person who speaks in the transcript. */
export const speakerSchema = z.strictObject({
  /** Stable identifier used in anchors (`#vladimir-putin-2`), URLs and `data-speaker`. */
  key: speakerKeySchema,
  /** The name as readers see it, such as "Vladimir Putin". */
  name: displayText,
  /** The post or affiliation, such as "President of Russia" or "STV Channel". */
  role: displayText.optional(),
});

/**
 * Front matter of a transcript file in `content/transcripts/`. Everything a page, a feed or a
 * citation needs about the event lives here; the spoken words live in the Markdown body.
 */
export const transcriptSchema = z
  .strictObject({
    /** The event's title as published, such as "News conference following Russian-Belarusian talks". */
    title: displayText,
    /** The day of the event (YAML date or `YYYY-MM-DD`), not the day of publication. */
    date: calendarDate,
    /** Where the event took place, such as "The Kremlin, Moscow". */
    place: displayText,
    /** The page the text was published on; every page links back to it. */
    source: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    /** The publisher's short link to the same page, when it gives one. */
    shortLink: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /**
     * The page in the original language, when the text is a translation: kremlin.ru numbers an
     * event alike in both languages (`en.kremlin.ru/events/president/news/67809` and
     * `kremlin.ru/events/president/news/67809`). Shown as "Russian original" beside the source.
     */
    originalUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /** BCP 47 language of the text; it becomes the page's `lang`. */
    lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"').default('en'),
    /** Who made the text we publish, shown beside the source link. */
    translationNote: displayText.default("The English text is the Kremlin's translation."),
    /**
     * The short summary that precedes the transcript on the source page. Many pages have none
     * (interviews, Direct Line, older archive pages): then the page shows none, and its
     * description is the opening of the first turn.
     */
    summary: displayText.optional(),
    /** The publisher's topics for the page ("Foreign policy", "Belarus"), shown on the page and a search filter. */
    tags: z.array(displayText).default([]),
    /** Everyone who speaks, in order of first appearance; keys are unique. */
    speakers: z
      .array(speakerSchema)
      .min(1, 'must list at least one speaker')
      .superRefine((speakers, ctx) => {
        const seen = new Set<string>();
        speakers.forEach((speaker, index) => {
          if (seen.has(speaker.key)) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'key'],
              message: `duplicate speaker key "${speaker.key}"`,
            });
          }
          seen.add(speaker.key);
        });
      }),
    /**
     * Published turn anchors that no longer exist, each mapped to the anchor of the turn that
     * now holds those words: `{ alyona-syrova-1: alyona-syrova-stv-1 }`. Declare one when a
     * speaker key is renamed or a turn is split, so that links cited before the change still
     * land on the right turn; `content/anchors.json` lists what was published, and the build
     * fails while a published anchor has neither a turn nor an alias. The page keeps an empty
     * target with the old id at the start of the new turn. Each target must be one of this
     * transcript's turn anchors, and an old anchor may not be a current one.
     */
    anchorAliases: z
      .record(z.string(), turnAnchorSchema)
      .superRefine((aliases, ctx) => {
        // Checked here rather than as the record's key schema, whose error would not say why.
        for (const oldAnchor of Object.keys(aliases)) {
          const result = turnAnchorSchema.safeParse(oldAnchor);
          if (!result.success) ctx.addIssue({ code: 'custom', path: [oldAnchor], message: result.error.issues[0]?.message ?? 'must be a turn anchor' });
        }
      })
      .default({}),
  });

export type Transcript = z.output<typeof transcriptSchema>;
export type Speaker = z.output<typeof speakerSchema>;
