import type { Label } from './detect-label';
import type { ImportNote } from './import-problem';
import { ROLE_NOUNS, TITLE_WORDS } from './label-words';
import { readAffiliation } from './read-affiliation';
import { slugify } from './slug';

/** A speaker as the importer found them. */
export interface FoundSpeaker {
  key: string;
  name: string;
  role: string | undefined;
  /** A named person, or an unnamed speaker such as "Question" (never matched across the archive). */
  kind: Label['kind'];
}

/**
 * Everyone who has spoken so far, found again by the label they used first ("President of
 * Russia Vladimir Putin") or by their name alone ("Vladimir Putin"). Keys are slugs of names;
 * unnamed speakers share one key per label, so every "Question:" is the speaker `question`.
 */
export class SpeakerBook {
  readonly speakers: FoundSpeaker[] = [];
  readonly warnings: ImportNote[] = [];
  readonly #byLabel = new Map<string, FoundSpeaker>();
  readonly #byName = new Map<string, FoundSpeaker>();

  /**
   * @param bareNames How many labels in the whole transcript are each name on its own; a name
   * used alone more than once is surely a speaker.
   */
  constructor(private readonly bareNames: ReadonlyMap<string, number>) {}

  /** Names of people who speak, or whose name is a whole label further on. */
  knownNames(): Set<string> {
    const people = this.speakers.filter((speaker) => speaker.kind === 'person');
    return new Set([...this.bareNames.keys(), ...people.map((speaker) => speaker.name)]);
  }

  /** The speaker a label names, added on first sight. */
  speakerFor(label: Label, line: number): FoundSpeaker {
    const known = this.#byLabel.get(label.text) ?? this.#byName.get(label.name);
    if (known) {
      known.role ??= label.role;
      this.#byLabel.set(label.text, known);
      return known;
    }
    const affiliation = label.kind === 'person' && label.role === undefined ? readAffiliation(label.rest) : undefined;
    const speaker: FoundSpeaker = { key: this.#uniqueKey(label.name, line), name: label.name, role: label.role ?? affiliation, kind: label.kind };
    this.speakers.push(speaker);
    this.#byLabel.set(label.text, speaker);
    this.#byName.set(label.name, speaker);
    const doubt = affiliation === undefined ? this.#doubtAbout(label) : undefined;
    if (doubt) this.warnings.push({ line, message: doubt });
    return speaker;
  }

  #doubtAbout(label: Label): string | undefined {
    if (label.kind === 'generic') return undefined;
    if (label.role === undefined) {
      // Journalists and callers are often named once; a label is doubtful when what follows
      // reads as the rest of a sentence rather than the start of a turn.
      return (this.bareNames.get(label.name) ?? 0) > 1 || !/^\p{Ll}/u.test(label.rest)
        ? undefined
        : `"${label.text}:" was read as the label of a new speaker, "${label.name}", who is named only here and is followed by lower-case text: check that it is not part of the text`;
    }
    if (label.split === 'guessed') {
      return `"${label.text}:" was read as the name "${label.name}" with the role "${label.role}"; if the split is wrong, fix it with --speakers`;
    }
    if (label.split === 'known' || /\b(?:of|to)\b/u.test(label.role) || hasRoleWord(label.role)) return undefined;
    return `"${label.text}:" was read as the label of a new speaker, "${label.name}" (${label.role}): check that it is not part of the text`;
  }

  #uniqueKey(name: string, line: number): string {
    const base = slugify(name) || `speaker-${this.speakers.length + 1}`;
    if (slugify(name) === '') this.warnings.push({ line, message: `"${name}" gives no Latin-letter key; it was given the key "${base}" (set a better one with --speakers)` });
    let key = base;
    for (let count = 2; this.speakers.some((speaker) => speaker.key === key); count++) key = `${base}-${count}`;
    if (key !== base) this.warnings.push({ line, message: `"${name}" has the same key as an earlier speaker; it was given the key "${key}"` });
    return key;
  }
}

/** A title with a post or an occupation in it ("Presidential Press Secretary", "newspaper correspondent"). */
function hasRoleWord(role: string): boolean {
  return role.split(' ').some((word) => TITLE_WORDS.has(word) || ROLE_NOUNS.has(word.toLowerCase()));
}
