import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { breakableSpaces } from '../utils/line-breaks';

/**
 * Lets lines break at the no-break spaces the Kremlin puts after short words, keeping those
 * that join a number to its unit or date (see `breakableSpaces`). It runs on the HTML tree,
 * after `remark-speaker-turns` has recorded each turn's text, so the data keeps them all.
 *
 * ```html
 * <p>in&nbsp;connection with the referendum on 27&nbsp;February</p>
 * ```
 *
 * becomes
 *
 * ```html
 * <p>in connection with the referendum on 27&nbsp;February</p>
 * ```
 */
export default function rehypeBreakableSpaces() {
  return (tree: Root): void => {
    visit(tree, 'text', (node) => {
      node.value = breakableSpaces(node.value);
    });
  };
}
