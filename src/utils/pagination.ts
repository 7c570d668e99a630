/** The items of every page, `size` to a page; an empty list still has one (empty) page. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, not ${size}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/** A page number to link to, or a gap (`'gap'`) standing for the pages left out. */
export type PagerItem = number | 'gap';

/**
 * The page numbers a pager shows: always the first and the last page, and `around` pages
 * either side of the current one, with a gap where pages are left out. A gap never stands
 * for a single page: that page is shown instead.
 *
 * `pagerItems(7, 20)` → `[1, 'gap', 6, 7, 8, 'gap', 20]`
 */
export function pagerItems(current: number, last: number, around = 1): PagerItem[] {
  if (current < 1 || current > last) throw new Error(`page ${current} is outside 1–${last}`);
  const shown = new Set([1, last]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= last) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  for (const page of pages) {
    const previous = items.at(-1);
    if (typeof previous === 'number' && page - previous === 2) items.push(page - 1);
    else if (typeof previous === 'number' && page - previous > 2) items.push('gap');
    items.push(page);
  }
  return items;
}
