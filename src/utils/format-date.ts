/** "18 February 2022": day first, as citations and the transcripts themselves write it. */
export function formatDate(date: Date, lang = 'en-GB'): string {
  return date.toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** `2022-02-18`, for `<time datetime>` and machine-readable output. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
