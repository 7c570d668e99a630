import { slug } from 'github-slugger';

/**
 * The id Astro's glob loader gives a transcript file, from its path inside the transcripts
 * folder: each folder and the file name slugged, the extension dropped, as its default
 * `generateId` does (`Talks/2022 Minsk.md` → `talks/2022-minsk`). The id is the URL slug and
 * the key of the anchors manifest.
 */
export function entryIdOf(relativePath: string): string {
  return relativePath
    .replace(/\.md$/, '')
    .split(/[\\/]/)
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
