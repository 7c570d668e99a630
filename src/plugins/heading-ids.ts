import type { Element, Root as HastRoot } from 'hast';
import type { Heading } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import rehypeSlug from 'rehype-slug';
import { unified } from 'unified';

/** rehype-slug, run on its own over a tree of headings. */
const slugHeadings = unified().use(rehypeSlug);

/**
 * The ids rehype-slug gives a transcript's inner headings, in order: each heading becomes the
 * HTML element it renders as, all of them go through `rehype-slug` in one tree (so a repeated
 * heading is numbered, as on the page), and each element's new `id` is read back.
 *
 * ```md
 * ### Economy
 * ### *Energy* prices
 * ### Economy
 * ```
 *
 * gives `['economy', 'energy-prices', 'economy-1']`.
 */
export function headingIds(headings: readonly Heading[]): string[] {
  const elements = headings.map((heading) => toHast(heading) as Element);
  const tree: HastRoot = { type: 'root', children: elements };
  slugHeadings.runSync(tree);
  return elements.map((element) => String(element.properties['id'] ?? ''));
}
