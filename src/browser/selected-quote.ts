import { quoteUrl, wholeWordQuote, type QuoteSelection } from '../utils/text-fragment';
import { turnContext, type TurnContext } from './turn-context';

/** Elements that hold running text; a selection is read block by block. */
const BLOCKS = 'p, li, h3, h4, h5, h6, pre, dd, dt, td, th, blockquote';

export interface SelectedQuote {
  context: TurnContext;
  /** The selected words, widened to whole words as the link gives them. */
  text: string;
  /** The turn's anchor on the transcript page, with a text fragment for exactly these words. */
  url: string;
}

/**
 * The quote the reader has selected, if the selection lies within the text of one turn. The
 * selection is read block by block (paragraphs, list items…), because a text fragment matches
 * whole words within blocks and the DOM's own text runs paragraphs together.
 */
export function selectedQuote(selection: Selection | null = document.getSelection()): SelectedQuote | undefined {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const body = bodyOf(range.startContainer);
  if (!body || body !== bodyOf(range.endContainer)) return undefined;
  const context = turnContext(body);
  if (!context) return undefined;

  const blocks = [...body.querySelectorAll<HTMLElement>(BLOCKS)].filter((block) => !block.querySelector(BLOCKS) && range.intersectsNode(block));
  const first = blocks[0];
  const last = blocks.at(-1);
  if (!first || !last) return undefined;
  const quote: QuoteSelection = {
    before: textBetween(first, 'start', range.startContainer, range.startOffset),
    blocks: blocks.map((block) => clip(block, range).toString()),
    after: textBetween(last, 'end', range.endContainer, range.endOffset),
  };
  const url = quoteUrl(context.inContext, quote);
  const words = wholeWordQuote(quote);
  if (!url || !words) return undefined;
  return { context, text: words.blocks.join(' ').trim(), url };
}

function bodyOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>('.turn-body') ?? null;
}

/** The part of `block` that `range` covers. */
function clip(block: HTMLElement, range: Range): Range {
  const clipped = document.createRange();
  clipped.selectNodeContents(block);
  if (range.comparePoint(clipped.startContainer, clipped.startOffset) < 0) clipped.setStart(range.startContainer, range.startOffset);
  if (range.comparePoint(clipped.endContainer, clipped.endOffset) > 0) clipped.setEnd(range.endContainer, range.endOffset);
  return clipped;
}

/** The text of `block` from its start to a point, or from a point to its end; empty if the point lies outside. */
function textBetween(block: HTMLElement, side: 'start' | 'end', container: Node, offset: number): string {
  const part = document.createRange();
  part.selectNodeContents(block);
  if (!block.contains(container)) return '';
  if (side === 'start') part.setEnd(container, offset);
  else part.setStart(container, offset);
  return part.toString();
}
