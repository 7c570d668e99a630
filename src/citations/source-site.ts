/**
 * The name a source site gives itself, for the "archive" of a citation: en.kremlin.ru calls
 * itself "President of Russia", kremlin.ru "Президент России". Any other site is named by
 * its host.
 *
 * `sourceSiteName('http://en.kremlin.ru/events/president/news/67809')` → `'President of Russia'`
 */
const SITE_NAMES: Record<string, string> = {
  'en.kremlin.ru': 'President of Russia',
  'kremlin.ru': 'Президент России',
};

export function sourceSiteName(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return SITE_NAMES[host] ?? host;
}
