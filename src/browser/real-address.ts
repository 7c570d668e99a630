/**
 * An address a reader can use. A site built without `SITE_URL` names a placeholder origin in
 * its pages (`data-placeholder-origin` on `<html>`, see `utils/site-address.ts`); in what is
 * copied or shown, that origin becomes the one the page was read at. With `SITE_URL` set,
 * every address is left as built.
 *
 * `realAddress('https://transcripts.example.org/transcripts/x/')` on a page served from
 * `http://127.0.0.1:4321` gives `'http://127.0.0.1:4321/transcripts/x/'`.
 */
export function realAddress(text: string): string {
  const placeholder = document.documentElement.dataset['placeholderOrigin'];
  if (!placeholder || placeholder === location.origin) return text;
  return text.replaceAll(placeholder, location.origin);
}
