/** The no-break space, as the Kremlin's texts use it. */
const NBSP = '\u00a0';

/**
 * Where a line may break in the HTML. The Kremlin puts a no-break space after most short
 * words ("in\u00a0connection", "of\u00a0the"): in a narrow column that leaves lines half
 * empty. This keeps only those that join a number to what it counts or dates ("27\u00a0February",
 * "February\u00a027", "US$38.5\u00a0billion") and makes the rest plain spaces. The data (JSON,
 * `.md`, `.txt`) keeps every no-break space as published; only the HTML reads this.
 *
 * `breakableSpaces('in\u00a0the upcoming referendum on\u00a027\u00a0February')` gives
 * `'in the upcoming referendum on 27\u00a0February'`.
 */
export function breakableSpaces(text: string): string {
  if (!text.includes(NBSP)) return text;
  return text.replace(/\u00a0/g, (space, offset: number) => (joinsNumber(text, offset) ? space : ' '));
}

/** "27·February", "38.5·billion": after a number. "February·27": a capitalised word before one. */
function joinsNumber(text: string, at: number): boolean {
  if (isDigit(text[at - 1])) return true;
  if (!isDigit(text[at + 1])) return false;
  const before = /(\p{L}+)\P{L}*$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? '';
  return before !== '' && before[0] !== before[0]?.toLowerCase();
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

/**
 * `breakableSpaces` for a fragment of HTML, such as a block's `html`, where a no-break space
 * may also be written as `&#xA0;`, `&#160;` or `&nbsp;`. Tags and other entities are left as
 * they are.
 */
export function breakableSpacesInHtml(html: string): string {
  return breakableSpaces(html.replace(/&(?:nbsp|#xa0|#160);/gi, NBSP));
}
