import { plainText } from './normalise-text';

/** The text before a label's colon, taken apart: who, their role if the label states it, and a note. */
export interface LabelHead {
  /** The part that names the speaker, in plain spaces: "V. K. Dolzhenkova", "President of Russia Vladimir Putin". */
  who: string;
  /** A role stated after a comma or in brackets, as printed: "reporter at Channel One", "Tomsky Vestnik newspaper". */
  stated: string | undefined;
  /** A note about the words rather than the speaker, as printed: "(retranslated)". It stays in the turn's text. */
  note: string | undefined;
  /** The head as printed without its note: these words are the label's, not the turn's. */
  printed: string;
}

const BRACKETED = /^(.*?)\s*([([])([^()[\]]*)[)\]]$/su;
/**
 * Words of a note about how the words reached the page, never about who speaks:
 * "(retranslated)", "(as translated)", "(via interpreter)", "(in English)".
 */
const NOTE_WORDS = new Set(['translated', 'retranslated', 'translation', 'interpreted', 'interpretation', 'interpreter', 'via', 'english', 'russian', 'speaking', 'inaudible', 'off-mic', 'continued']);

/**
 * Splits the text before a label's colon. A bracket at the end is a note when it starts in
 * lower case or speaks of translation ("Question (retranslated)"), and otherwise the speaker's
 * role ("V. K. Dolzhenkova (Tomsky Vestnik newspaper)"). A comma parts a name from its role
 * ("Valeriya Korableva, reporter at Channel One"). Whether `who` is a name is for the caller.
 *
 * `Oleg Marchenko (as translated)` gives `{ who: 'Oleg Marchenko', stated: undefined, note: '(as translated)' }`.
 */
export function readLabelHead(head: string): LabelHead {
  const bracketed = BRACKETED.exec(head);
  let base = head;
  let note: string | undefined;
  let stated: string | undefined;
  if (bracketed?.[1]) {
    const inner = plainText(bracketed[3] ?? '');
    base = bracketed[1];
    if (isNote(inner)) note = head.slice(bracketed[1].length).trim();
    else stated = inner;
  }
  const comma = base.indexOf(',');
  if (comma !== -1 && stated === undefined) {
    stated = plainText(base.slice(comma + 1));
    base = base.slice(0, comma);
  }
  const printed = note === undefined ? head : head.slice(0, head.length - note.length).trim();
  return { who: plainText(base), stated: stated === '' ? undefined : stated, note, printed };
}

function isNote(inner: string): boolean {
  if (inner === '' || !/^\p{Lu}/u.test(inner)) return true;
  return inner.split(/\s+/u).some((word) => NOTE_WORDS.has(word.toLowerCase()));
}
