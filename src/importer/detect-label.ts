import { CONNECTORS, GENERIC_LABELS, GENERIC_PHRASES, INSTITUTION_WORDS, NAME_PARTICLES, SENTENCE_WORDS, TITLE_WORDS } from './label-words';
import { readLabelHead } from './label-head';

/** A speaker label at the start of a paragraph, such as "President of Russia Vladimir Putin:". */
export interface Label {
  /** A named person, or an unnamed speaker such as "Question". */
  kind: 'person' | 'generic';
  /** The label in plain spaces, without its colon and note: "President of Russia Vladimir Putin". */
  text: string;
  /** "Vladimir Putin", or the generic label itself ("Question"). */
  name: string;
  /** The title before the name: "President of Russia". */
  role: string | undefined;
  /** How the name was told from the title: it is used alone elsewhere, the title plainly ends before it, or a guess. */
  split: 'known' | 'clear' | 'guessed';
  /** A note in brackets after the label, as printed: "(retranslated)". It belongs to the turn's text. */
  note: string | undefined;
  /** The label as printed, without its note and colon: its words are the label's, not the turn's. */
  printed: string;
  /** The paragraph after the colon, as printed. */
  rest: string;
}

/** A paragraph that starts with a label; a sentence that looks like one (to warn about); or neither. */
export type LabelMatch = { label: Label } | { lookalike: string } | undefined;

/** The colon that ends a label is followed by white space or ends the paragraph ("10:30" is no label). */
const LABEL_END = /:(?=\s|$)/u;
const MAX_TOKENS = 20;
const MAX_STATED_ROLE_TOKENS = 14;
/** Initials, with or without a space before the surname: "V.", "V.K.", "V.Putin". */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const INITIALLED_NAME = /^(?:\p{Lu}\.)+\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** The same in capitals, as older pages print it: "V.V.PUTIN". */
const INITIALLED_WORD = /^(?:\p{Lu}\.)+\p{Lu}[\p{L}\p{M}'’-]+$/u;

/**
 * Decides whether a paragraph starts with a speaker label. A label is a generic label
 * ("Question", "Remark"), or a person-shaped name ("Alyona Syrova", "V. K. Dolzhenkova")
 * after an optional title ("Presidential Press Secretary", "Kommersant newspaper
 * correspondent"), then a colon. The name may be followed by its role, after a comma
 * ("Valeriya Korableva, reporter at Channel One:") or in brackets ("V. K. Dolzhenkova (Tomsky
 * Vestnik newspaper):"). Labels in capitals ("PRESIDENT OF RUSSIA VLADIMIR PUTIN:") are read
 * as names are written. `names` are names the transcript uses as labels on their own; they
 * tell where a title ends and a name starts ("President of Türkiye | Recep Tayyip Erdogan").
 */
export function detectLabel(paragraph: string, names: Iterable<string>): LabelMatch {
  const colon = LABEL_END.exec(paragraph);
  if (!colon) return undefined;
  const head = readLabelHead(paragraph.slice(0, colon.index).trim());
  const rest = paragraph.slice(colon.index + 1).trim();
  const printed = labelTokens(head.who);
  if (!printed) return undefined;
  const capitals = !printed.some((token) => /\p{Ll}/u.test(token));
  // Old pages print labels in capitals ("VLADIMIR PUTIN:"); read them as names are written.
  const tokens = capitals ? printed.map(titleCase) : printed;
  const text = tokens.join(' ');
  const base = { note: head.note, printed: head.printed, rest };

  if (GENERIC_LABELS.has(text) || GENERIC_PHRASES.has(text)) {
    // "Question, Rossiya TV:" has no person to give the role to: the editor decides.
    if (head.stated !== undefined) return { lookalike: head.printed };
    return { label: { kind: 'generic', text, name: text, role: undefined, split: 'clear', ...base } };
  }
  const stated = head.stated === undefined ? undefined : statedRole(head.stated, capitals);
  if (head.stated !== undefined && stated === undefined) return undefined;
  const person = splitTitleAndName(tokens, names);
  if (person) {
    const role = [person.role, stated].filter(Boolean).join(', ') || undefined;
    return { label: { kind: 'person', text, ...person, role, ...base } };
  }
  if (stated !== undefined) return undefined;
  // Close calls end like a label, in a name after a name or a post: "… thank President Putin:".
  const [before, last] = tokens.slice(-2);
  const endsLikeLabel = isNameWord(last) && (isNameWord(before) || TITLE_WORDS.has(before ?? ''));
  return tokens.length <= 8 && endsLikeLabel ? { lookalike: text } : undefined;
}

/** A role stated after a comma or in brackets: words of a post or an outlet, no sentence. */
function statedRole(stated: string, capitals: boolean): string | undefined {
  const tokens = labelTokens(stated.replace(/,(?=\s)/gu, ''));
  if (!tokens || tokens.length > MAX_STATED_ROLE_TOKENS) return undefined;
  if (tokens.some((token) => !isAcronym(token) && SENTENCE_WORDS.has(token.toLowerCase()))) return undefined;
  return capitals ? stated.split(' ').map(titleCase).join(' ') : stated;
}

/** The label's words, or undefined when it holds sentence punctuation or is too long for a label. */
export function labelTokens(text: string): string[] | undefined {
  const tokens = text.split(' ');
  if (text === '' || tokens.length > MAX_TOKENS) return undefined;
  // Double posts are joined by a dash: "Deputy Prime Minister – Minister of Industry and Trade".
  const wordLike = (token: string) =>
    /^[\p{L}\p{M}\p{N}'’&-]+$|^[–—]$/u.test(token) || /^(?:\p{L}\.)+$|^\p{Lu}\p{Ll}{0,2}\.$/u.test(token) || INITIALLED_WORD.test(token);
  return tokens.every(wordLike) ? tokens : undefined;
}

function splitTitleAndName(tokens: string[], names: Iterable<string>) {
  const text = tokens.join(' ');
  const known = [...names].sort((a, b) => b.length - a.length).find((name) => text === name || text.endsWith(` ${name}`));
  if (known) {
    const title = tokens.slice(0, tokens.length - known.split(' ').length);
    return isTitle(title) ? { name: known, role: title.join(' ') || undefined, split: 'known' as const } : undefined;
  }
  let start = tokens.length;
  while (start > 0 && (isNameWord(tokens[start - 1]) || (NAME_PARTICLES.has(tokens[start - 1] ?? '') && start < tokens.length))) start--;
  while (NAME_PARTICLES.has(tokens[start] ?? '')) start++;
  const run = tokens.slice(start);
  // "V.Putin" is a whole name in one word; otherwise a name has at least two words.
  if (run.length === 1 && start === 0 && INITIALLED_NAME.test(run[0] ?? '')) return { name: run[0] ?? '', role: undefined, split: 'clear' as const };
  if (run.length < 2) return undefined;
  // A bare run is the whole name ("Recep Tayyip Erdogan"). After a title, a run of two is the
  // name; "of Russia Vladimir Putin" gives its first word to the title; longer runs are a guess.
  const bare = start === 0;
  if (bare && run.length > 4) return undefined;
  const afterOf = CONNECTORS.has(tokens[start - 1] ?? '') && run.length === 3;
  const nameLength = bare || run.length === 2 ? run.length : 2;
  const title = tokens.slice(0, tokens.length - nameLength);
  if (!isTitle(title)) return undefined;
  const split = bare || run.length === 2 || afterOf ? ('clear' as const) : ('guessed' as const);
  return { name: tokens.slice(-nameLength).join(' '), role: title.join(' ') || undefined, split };
}

/**
 * A capitalised word that can be part of a person's name: not a post, an institution, a
 * sentence word or an acronym. So "Chairman of the State Duma Vyacheslav Volodin" ends its
 * title at "Duma", and "Union State:" is no name at all.
 */
function isNameWord(token: string | undefined): boolean {
  if (token !== undefined && (INITIALS.test(token) || INITIALLED_NAME.test(token))) return true;
  if (!token || !/^\p{Lu}(?:[\p{L}\p{M}'’-]*|\.)$/u.test(token)) return false;
  if (token.length > 1 && token === token.toUpperCase() && !token.endsWith('.')) return false;
  return !TITLE_WORDS.has(token) && !INSTITUTION_WORDS.has(token) && !SENTENCE_WORDS.has(token.toLowerCase()) && !GENERIC_LABELS.has(token);
}

/** Words a title can be made of: it starts with a capital and holds no sentence words. */
export function isTitle(tokens: string[]): boolean {
  if (tokens.length === 0) return true;
  if (!/^[\p{Lu}\p{N}]/u.test(tokens[0] ?? '')) return false;
  return tokens.every((token) => isAcronym(token) || !SENTENCE_WORDS.has(token.toLowerCase()));
}

const isAcronym = (token: string) => token.length > 1 && token === token.toUpperCase() && /\p{Lu}/u.test(token);

function titleCase(token: string): string {
  const lower = token.toLowerCase();
  if (CONNECTORS.has(lower)) return lower;
  return lower.replace(/(^|[-'’.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
