/**
 * The Russian original of a page on the Kremlin's English site. Both sites number an event
 * alike, so the original is the same address on kremlin.ru:
 * `http://en.kremlin.ru/events/president/news/67809` → `http://kremlin.ru/events/president/news/67809`.
 * Only pages with a number have an original; the site's home page or a section does not.
 */
export function originalUrlOf(source: string): string | undefined {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return undefined;
  }
  if (url.hostname !== 'en.kremlin.ru' || !/\/\d+\/?$/u.test(url.pathname)) return undefined;
  url.hostname = 'kremlin.ru';
  return url.href;
}
