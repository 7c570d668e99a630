import type { Block, Turn } from '../schemas/turn';

/**
 * A turn's blocks as lines of plain text, one per paragraph, heading or list item paragraph,
 * in reading order, with no markers: what search indexes, excerpts open with and word counts
 * count. A list of three items is three lines, never "lower inflationhigher wages…".
 */
export function plainLines(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return [block.text];
      case 'list':
        return block.items.flatMap((item) => plainLines(item));
      case 'quote':
        return plainLines(block.blocks);
    }
  });
}

/** The turn's whole text, its lines separated by blank lines. */
export function turnText(turn: Pick<Turn, 'blocks'>): string {
  return plainLines(turn.blocks).join('\n\n');
}

/**
 * A turn's blocks as printed text: paragraphs and headings as they are, list items after
 * `- ` or their number, quoted lines after `> `; one string per block, for the `.txt` export.
 *
 * `[{ type: 'list', ordered: false, items: [[lower inflation], [higher wages]] }]` →
 * `['- lower inflation\n- higher wages']`.
 */
export function printedBlocks(blocks: readonly Block[]): string[] {
  return blocks.map((block): string => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return block.text;
      case 'list':
        return block.items
          .map((item, index) => {
            const marker = block.ordered ? `${(block.start ?? 1) + index}. ` : '- ';
            const indent = ' '.repeat(marker.length);
            return printedBlocks(item)
              .join('\n\n')
              .split('\n')
              .map((line, at) => (at === 0 ? marker : line === '' ? '' : indent) + line)
              .join('\n');
          })
          .join('\n');
      case 'quote':
        return printedBlocks(block.blocks)
          .join('\n\n')
          .split('\n')
          .map((line) => (line === '' ? '>' : `> ${line}`))
          .join('\n');
    }
  });
}
