import { createHash } from 'node:crypto';

/**
 * The `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`): a
 * digest of everything the page shows, here the props its `getStaticPaths` entry passes. Astro
 * skips a page, and copies its last output, when this key and the page's code are both
 * unchanged, so the props must hold all the data the page shows and nothing it does not:
 * an unrelated change would re-render it, a missing one would leave it stale. Dates are
 * digested as ISO strings (`JSON.stringify`); the key is about 27 characters.
 *
 * `cacheKeyOf({ slug: 'a', date: new Date('2022-02-18') })` → `'q5v…'` (the same for equal data)
 */
export function cacheKeyOf(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 27);
}

/** Each `getStaticPaths` entry with a `cacheKey` of its props (see {@link cacheKeyOf}). */
export function withCacheKeys<Entry extends { props: unknown }>(entries: Entry[]): (Entry & { cacheKey: string })[] {
  return entries.map((entry) => ({ ...entry, cacheKey: cacheKeyOf(entry.props) }));
}
