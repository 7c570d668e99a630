const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and shape serves every call: `toLocaleDateString` builds a new
 * one each time, which made dates the costliest part of rendering 35,000 pages.
 */
function formatter(lang: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}\0${String(withDay)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { ...(withDay ? { day: 'numeric' } : {}), month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** "18 February 2022": day first, as citations and the transcripts themselves write it. */
export function formatDate(date: Date, lang = 'en-GB'): string {
  return formatter(lang, true).format(date);
}

/** "February 2022". */
export function formatMonth(date: Date, lang = 'en-GB'): string {
  return formatter(lang, false).format(date);
}

/** `2022-02-18`, for `<time datetime>` and machine-readable output. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
