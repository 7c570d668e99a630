const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
const TIME = String.raw`(?:,?\s+\d{1,2}:\d{2})?`;

/** "February 18, 2022, The Kremlin, Moscow", with an optional time after the year. */
const MONTH_FIRST = new RegExp(String.raw`^${MONTH}\s+(\d{1,2}),?\s+(\d{4})${TIME}(?:,\s*(.*))?$`, 'iu');
/** "18 February 2022, Moscow", as some pages and citations write it. */
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s+${MONTH}\s+(\d{4})${TIME}(?:,\s*(.*))?$`, 'iu');

export interface Dateline {
  /** The day as `YYYY-MM-DD`. */
  date: string;
  /** Where it happened, such as "The Kremlin, Moscow"; empty when the dateline names no place. */
  place: string;
  /** False for a day the calendar does not have ("February 30, 2022"). */
  valid: boolean;
}

/**
 * Reads a kremlin.ru dateline, given in plain spaces: "February 18, 2022, The Kremlin, Moscow"
 * or "December 20, 2012, Moscow". Returns undefined for text that is not a dateline.
 */
export function parseDateline(text: string): Dateline | undefined {
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? undefined : DAY_FIRST.exec(text);
  if (!monthFirst && !dayFirst) return undefined;
  const [monthName, day, year, place] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3], monthFirst[4]]
    : [dayFirst?.[2], dayFirst?.[1], dayFirst?.[3], dayFirst?.[4]];
  const month = MONTHS.indexOf(String(monthName).toLowerCase()) + 1;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  const valid = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
  return { date, place: (place ?? '').trim(), valid };
}
