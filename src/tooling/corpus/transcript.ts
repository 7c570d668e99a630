import { transcriptMarkdown } from './markdown';
import { slugify, type Person } from './people';
import type { Random } from './random';
import type { TextModel, Topic } from './text-model';
import { zipfIndex } from './lexicon';

export interface ArchiveParts {
  model: TextModel;
  people: readonly Person[];
  lexicon: readonly string[];
}

export interface GeneratedTranscript {
  /** The file name without `.md`: the date and a slug of the title. */
  slug: string;
  markdown: string;
  date: string;
  /** Keys of everyone who speaks, the lead first. */
  speakers: string[];
  /** The speaker key of each turn, in order. */
  turnSpeakers: string[];
  /** Words of speech, counted as `countWords` counts them. */
  words: number;
}

/** The words of the shortest and the longest transcript; sizes between are log-uniform. */
export const MIN_WORDS = 500;
export const MAX_WORDS = 40_000;
/** The archive spans twenty years. */
const FIRST_DAY = Date.UTC(2006, 0, 1);
const DAYS = 20 * 365;
const PLACES = ['The Kremlin, Moscow', 'Novo-Ogaryovo, Moscow Region', 'Sochi', 'St Petersburg', 'Valdai, Novgorod Region', 'Vladivostok'];

const wordsIn = (text: string) => text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/**
 * One transcript of an event: a lead speaker (usually the head of state) who opens and
 * answers, and guests, officials and journalists who ask and reply, each speaking at least
 * once. Sizes run from 500 to 40,000 words (or `maxWords`) and dates over twenty years.
 */
export function generateTranscript(random: Random, index: number, { model, people, lexicon }: ArchiveParts, maxWords = MAX_WORDS): Omit<GeneratedTranscript, 'slug'> & { titleSlug: string } {
  const targetWords = Math.round(random.logUniform(MIN_WORDS, maxWords));
  const cast = chooseCast(random, people, random.int(2, Math.max(2, Math.min(30, Math.floor(targetWords / 250)))));
  const fromLexicon = (r: Random) => lexicon[zipfIndex(r, lexicon.length)] ?? 'Union';
  const topic: Topic = { names: Array.from({ length: random.int(5, 20) }, () => fromLexicon(random)), rareWord: fromLexicon };
  const turns = writeTurns(random, model, topic, cast, targetWords);
  const date = new Date(FIRST_DAY + random.int(0, DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const title = titleFor(random, cast, topic);
  const frontmatter = {
    title,
    date,
    place: random.chance(0.8) ? random.pick(PLACES) : random.pick(topic.names),
    source: `https://archive.example.org/events/${100_000 + index}`,
    translationNote: 'Generated for benchmarks from the vocabulary of a Kremlin transcript.',
    summary: model.paragraph(random, 25, topic),
    speakers: cast.map((person) => ({ key: person.key, name: person.name, role: person.role })),
  };
  return {
    titleSlug: shortSlug(slugify(title)),
    markdown: transcriptMarkdown({ frontmatter, turns }),
    date,
    speakers: cast.map((person) => person.key),
    turnSpeakers: turns.map((turn) => turn.speaker),
    words: turns.reduce((sum, turn) => sum + turn.paragraphs.reduce((total, paragraph) => total + wordsIn(paragraph), 0), 0),
  };
}

/** The lead, then others drawn so that a few people recur often and most rarely (Zipf). */
function chooseCast(random: Random, people: readonly Person[], size: number): Person[] {
  const lead = people[random.chance(0.85) ? 0 : 1];
  if (!lead) throw new Error('the pool of people is empty');
  const cast = [lead];
  const others = people.slice(2);
  while (cast.length < Math.min(size, others.length + 1)) {
    const person = others[zipfIndex(random, others.length)];
    if (person && !cast.includes(person)) cast.push(person);
  }
  return cast;
}

function writeTurns(random: Random, model: TextModel, topic: Topic, cast: readonly Person[], targetWords: number) {
  const [lead, ...others] = cast as [Person, ...Person[]];
  const unheard = [...others];
  const turns: { speaker: string; paragraphs: string[] }[] = [];
  let words = 0;
  let previous: Person | undefined;
  while (words < targetWords || unheard.length > 0) {
    // The lead opens, and answers three times in four after someone else has spoken.
    const leadSpeaks = previous === undefined || others.length === 0 || (previous !== lead && random.chance(0.75));
    const speaker: Person = leadSpeaks ? lead : (unheard.shift() ?? random.pick(others));
    const long = speaker === lead || speaker.kind === 'guest';
    const wanted = Math.round(long ? random.logUniform(40, 1500) : random.logUniform(12, 300));
    const length = words >= targetWords ? random.int(12, 40) : Math.max(12, Math.min(wanted, targetWords - words));
    const paragraphs: string[] = [];
    for (let left = length; left > 0; ) {
      const paragraph = model.paragraph(random, Math.min(left, Math.round(random.logUniform(25, 160))), topic);
      paragraphs.push(paragraph);
      left -= wordsIn(paragraph);
    }
    turns.push({ speaker: speaker.key, paragraphs });
    words += paragraphs.reduce((sum, paragraph) => sum + wordsIn(paragraph), 0);
    previous = speaker;
  }
  return turns;
}

/** At most 60 characters, cut at a hyphen so that no word is cut in half. */
function shortSlug(slug: string): string {
  return slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
}

function titleFor(random: Random, cast: readonly Person[], topic: Topic): string {
  const guest = cast.find((person) => person.kind === 'guest');
  const official = cast.find((person) => person.kind === 'official');
  const journalists = cast.filter((person) => person.kind === 'journalist').length;
  if (journalists >= 8) return random.pick(['Annual news conference', 'News conference', 'Meeting with journalists']);
  if (guest && random.chance(0.7)) return `${random.pick(['News conference following talks with', 'Talks with', 'Meeting with'])} ${guest.role} ${guest.name}`;
  if (official && random.chance(0.5)) return `Meeting with ${official.role} ${official.name}`;
  return `${random.pick(['Meeting on', 'Conference on', 'Working meeting on'])} ${random.pick(['the development of', 'support for', 'the situation in', 'investment in'])} ${random.pick(topic.names)}`;
}
