/**
 * A selection inside one turn, as text: what precedes it in the block where it starts, the
 * selected text of each block it touches (paragraphs, list items…), and what follows it in
 * the block where it ends.
 */
export interface QuoteSelection {
  before: string;
  blocks: readonly string[];
  after: string;
}

/** Quotes up to this many words (in one block) are written out whole in the link. */
const WHOLE_QUOTE_WORDS = 10;
/** Longer quotes are given by their first and last words. */
const EDGE_WORDS = 4;
/** Words of context either side, so the browser finds this occurrence and not another. */
const CONTEXT_WORDS = 3;

const isWordChar = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);
/** The letters (apostrophes included, as in "other’s") that end or start a string. */
const WORD_END = /[\p{L}\p{N}\p{M}'’]*$/u;
const WORD_START = /^(?:[\p{L}\p{N}\p{M}]|['’](?=[\p{L}\p{N}]))*/u;
const words = (text: string) => text.split(' ').filter(Boolean);

/**
 * The selection as a text fragment will match it: white space folded, empty blocks at the
 * edges dropped, and widened to whole words when it starts or ends inside one, because
 * browsers only match whole words. Returns `undefined` when the selection holds no word.
 */
export function wholeWordQuote(selection: QuoteSelection): QuoteSelection | undefined {
  const blocks = selection.blocks.map(fold);
  let before = fold(selection.before);
  let after = fold(selection.after);
  // Empty blocks at the edges come from a selection that ends at the very start of a block.
  while (blocks.length > 0 && (blocks.at(-1) ?? '').trim() === '') {
    blocks.pop();
    after = '';
  }
  while (blocks.length > 0 && (blocks[0] ?? '').trim() === '') {
    blocks.shift();
    before = '';
  }
  const first = blocks[0];
  const lastIndex = blocks.length - 1;
  if (first === undefined || !blocks.some((block) => /[\p{L}\p{N}]/u.test(block))) return undefined;

  if (isWordChar(first[0])) {
    const partial = (WORD_END.exec(before)?.[0] ?? '').replace(/^['’]+/u, '');
    blocks[0] = partial + first;
    before = before.slice(0, before.length - partial.length);
  }
  const last = blocks[lastIndex] ?? '';
  if (isWordChar(last.at(-1))) {
    const partial = WORD_START.exec(after)?.[0] ?? '';
    blocks[lastIndex] = last + partial;
    after = after.slice(partial.length);
  }
  return { before, blocks, after };
}

/**
 * The text directive (`text=…`, without the leading `:~:`) that makes a browser scroll to and
 * highlight the selected words: https://wicg.github.io/scroll-to-text-fragment/. Short quotes
 * are written out whole, long ones by their first and last words; a few words of context
 * either side make the browser find this occurrence rather than an earlier one.
 *
 * `{ before: 'Let me ', blocks: ['repeat what I'], after: ' just said' }`
 * → `text=Let%20me-,repeat%20what%20I,-just%20said`
 */
export function textDirective(selection: QuoteSelection): string | undefined {
  const quote = wholeWordQuote(selection);
  if (!quote) return undefined;
  const firstWords = words(quote.blocks[0] ?? '');
  const lastWords = words(quote.blocks.at(-1) ?? '');
  let start: string;
  let end: string | undefined;
  if (quote.blocks.length === 1 && firstWords.length <= WHOLE_QUOTE_WORDS) {
    start = firstWords.join(' ');
  } else {
    start = firstWords.slice(0, EDGE_WORDS).join(' ');
    end = lastWords.slice(-EDGE_WORDS).join(' ');
  }
  const prefix = words(quote.before).slice(-CONTEXT_WORDS).join(' ');
  const suffix = words(quote.after).slice(0, CONTEXT_WORDS).join(' ');

  const parts = [prefix && `${encode(prefix)}-`, encode(start), end && encode(end), suffix && `-${encode(suffix)}`];
  return `text=${parts.filter(Boolean).join(',')}`;
}

/** A link to a quote: the turn's anchor on the transcript page, followed by the text directive. */
export function quoteUrl(turnInContextUrl: string, selection: QuoteSelection): string | undefined {
  const directive = textDirective(selection);
  return directive && `${turnInContextUrl}:~:${directive}`;
}

/** Folds every run of white space, non-breaking spaces included, to one space. */
function fold(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** Percent-encoding for a text directive: `-`, `,` and `&` are syntax there, so they are encoded too. */
function encode(text: string): string {
  return encodeURIComponent(text.trim()).replace(/-/g, '%2D');
}
