import { isTitle, labelTokens } from './detect-label';
import { HONORIFICS, ROLE_NOUNS } from './label-words';
import { plainText } from './normalise-text';

/** Words that continue a conversation rather than name an outlet: "And a question for …". */
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'then', 'also']);

/** The first sentence of a turn, up to a full stop that ends it. */
const FIRST_SENTENCE = /^([^.?!]+)\.(?:\s|$)/u;

/**
 * The affiliation a journalist gives as the first sentence after a bare name, as in
 * "Alyona Syrova: STV Channel." or "Pavel Zarubin: Rossiya TV channel. Mr President, …".
 * It is short, shaped like a title, and ends in a proper noun or a word such as "channel" or
 * "newspaper"; "Thank you." or "Good afternoon." are not affiliations. The sentence stays in
 * the turn's text; this only reads it as the speaker's role.
 */
export function readAffiliation(rest: string): string | undefined {
  const sentence = FIRST_SENTENCE.exec(rest)?.[1];
  const tokens = sentence === undefined ? undefined : labelTokens(plainText(sentence));
  if (!tokens || tokens.length > 8 || !isTitle(tokens) || HONORIFICS.has(tokens[0] ?? '') || CONJUNCTIONS.has((tokens[0] ?? '').toLowerCase())) return undefined;
  const last = tokens.at(-1) ?? '';
  return /^\p{Lu}/u.test(last) || ROLE_NOUNS.has(last.toLowerCase()) ? tokens.join(' ') : undefined;
}
