/**
 * The anchor of a speaker's nth turn (counted from 1 per speaker): `vladimir-putin-2`.
 * It names who speaks, so a link reads well, and it only changes when that speaker's
 * earlier turns change. Because keys are slugs and the count is the last hyphen-separated
 * part, two different (key, count) pairs can never give the same anchor.
 */
export function turnAnchor(speakerKey: string, countForSpeaker: number): string {
  return `${speakerKey}-${countForSpeaker}`;
}
