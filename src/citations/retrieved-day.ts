/**
 * The day a citation says the text was retrieved: the day the site was built, in UTC, at day
 * granularity, so every build of one day writes the same citations (and turn pages keep
 * their incremental-build cache keys until the next day). `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) sets the day instead, for builds that must be repeatable.
 *
 * `retrievedDay({ SOURCE_DATE_EPOCH: '1764547200' })` → `'2025-12-01'`
 */
export function retrievedDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const day = epoch ? new Date(Number(epoch) * 1000) : now;
  if (Number.isNaN(day.getTime())) throw new Error(`SOURCE_DATE_EPOCH must be a number of seconds, not "${epoch}"`);
  return day.toISOString().slice(0, 10);
}
