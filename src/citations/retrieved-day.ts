/**
 * The day a citation says the text was retrieved: the day its page was built, in UTC, at day
 * granularity. An incremental build copies a page whose content and code did not change, so
 * that page keeps the day it was last rendered, the day its text as shown was built (the day is
 * deliberately not in the pages' cache keys: see `citationInputs`). `SOURCE_DATE_EPOCH`
 * (seconds, the reproducible-builds convention) sets the day instead, for repeatable builds.
 *
 * `retrievedDay({ SOURCE_DATE_EPOCH: '1764547200' })` → `'2025-12-01'`
 */
export function retrievedDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const day = epoch ? new Date(Number(epoch) * 1000) : now;
  if (Number.isNaN(day.getTime())) throw new Error(`SOURCE_DATE_EPOCH must be a number of seconds, not "${epoch}"`);
  return day.toISOString().slice(0, 10);
}
