import { z } from 'zod';
import { speakerKeySchema, turnAnchorSchema } from './transcript';

/**
 * Inline text of a block, in two forms: `text` as published, for counting, searching and plain
 * exports; `html` the same text with its inline Markdown (emphasis, links, line breaks) as
 * escaped, safe HTML, for pages.
 */
const inline = {
  /** The block's words as published, with no markup. */
  text: z.string(),
  /** The same words as inline HTML (already escaped: links are checked by `remark-reject-unsafe`). */
  html: z.string(),
};

/** A paragraph of spoken text. */
export const paragraphBlockSchema = z.strictObject({ type: z.literal('paragraph'), ...inline });

/** A heading inside a turn (`### Economy`), below the speaker's own level-2 heading. */
export const headingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  /** 3 to 6: level 1 is the page's title and level 2 the speaker of each turn. */
  depth: z.number().int().min(3).max(6),
  /** The heading's id on the transcript page, as GitHub slugs it (`economy`, then `economy-1`). */
  id: z.string().min(1),
  ...inline,
});

/** A bulleted or numbered list; each item is a list of blocks (usually one paragraph). */
export const listBlockSchema = z.strictObject({
  type: z.literal('list'),
  /** Numbered (`1.`) rather than bulleted (`-`). */
  ordered: z.boolean(),
  /** The first number of a numbered list (default: 1). */
  start: z.number().int().nonnegative().optional(),
  get items() {
    return z.array(z.array(blockSchema)).min(1);
  },
});

/** A quotation (`> …`) the speaker reads out. */
export const quoteBlockSchema = z.strictObject({
  type: z.literal('quote'),
  get blocks() {
    return z.array(blockSchema).min(1);
  },
});

/** One block of a turn's body, as structured data: every page and export renders from these. */
export const blockSchema: z.ZodType<Block> = z.discriminatedUnion('type', [paragraphBlockSchema, headingBlockSchema, listBlockSchema, quoteBlockSchema]);

export type ParagraphBlock = z.output<typeof paragraphBlockSchema>;
export type HeadingBlock = z.output<typeof headingBlockSchema>;
export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start?: number | undefined;
  items: Block[][];
}
export interface QuoteBlock {
  type: 'quote';
  blocks: Block[];
}
export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock;

/**
 * One speaker turn: the one model of a turn. `remark-speaker-turns` produces it from the
 * Markdown; the transcript page, the turn page, the speaker pages, the JSON and text exports,
 * the search records and every word count are functions of it.
 */
export const turnSchema = z.strictObject({
  /** The turn's anchor on the transcript page, such as `vladimir-putin-2`. */
  anchor: turnAnchorSchema,
  /** The key of the speaker, declared in the transcript's `speakers`. */
  speaker: speakerKeySchema,
  /** Position of the turn in the transcript, counted from 1. */
  position: z.number().int().positive(),
  /** Which of this speaker's turns it is, counted from 1. */
  countForSpeaker: z.number().int().positive(),
  /** The turn's body, block by block, in order. */
  blocks: z.array(blockSchema).min(1),
  /** Words in the turn's published text (see `countWords`). */
  words: z.number().int().nonnegative(),
});

export type Turn = z.output<typeof turnSchema>;
