import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './built-site';

/** One record of the built Pagefind index: what a search result links to. */
export interface IndexRecord {
  url: string;
  /** Sub-results inside the record, each linked as `url#id`. */
  anchors: { id: string }[];
}

/**
 * Every record of the Pagefind index in `dist/pagefind/fragment/`, read from the files the
 * browser downloads (gzip, after Pagefind's `pagefind_dcd` signature). Every search result, for
 * any query, links to one of these URLs.
 */
export function indexRecords(dist = DIST): IndexRecord[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      if (!text.startsWith('pagefind_dcd')) throw new Error(`${name} is not a Pagefind fragment`);
      return JSON.parse(text.slice('pagefind_dcd'.length)) as IndexRecord;
    });
}
