import { createLexicon } from './lexicon';
import { createPeople } from './people';
import { createRandom } from './random';
import { spokenParagraphs } from './seed-text';
import { createTextModel } from './text-model';
import { generateTranscript, type GeneratedTranscript } from './transcript';

export interface CorpusOptions {
  /** How many transcripts. */
  count: number;
  /** Any string; the same seed always gives the same files. */
  seed: string;
  /** A raw transcript (or transcript Markdown) whose speech the text is learnt from. */
  seedText: string;
  /**
   * The longest a transcript may be (default 40,000 words, as the archive's longest). A test
   * that needs many transcripts, not long ones, sets less: its builds take a fraction of the time.
   */
  maxWords?: number;
}

/** People in the archive's pool, and made-up names in its vocabulary. */
const PEOPLE = 400;
const NAMES = 100_000;

/**
 * A deterministic archive of generated transcripts, one at a time so that thousands never sit
 * in memory together. Each transcript draws from its own random stream, so the first 100 of a
 * 1,000-transcript corpus are the 100 of a 100-transcript one with the same seed.
 */
export function* generateCorpus({ count, seed, seedText, maxWords }: CorpusOptions): Generator<GeneratedTranscript> {
  const paragraphs = spokenParagraphs(seedText);
  const random = createRandom(seed);
  const parts = {
    model: createTextModel(paragraphs),
    people: createPeople(random.fork('people'), PEOPLE),
    lexicon: createLexicon(random.fork('lexicon'), paragraphs.join(' ').split(/\s+/), NAMES),
  };
  const slugs = new Set<string>();
  for (let index = 0; index < count; index++) {
    const { titleSlug, ...transcript } = generateTranscript(random.fork(`transcript-${index}`), index, parts, maxWords);
    let slug = `${transcript.date}-${titleSlug}`;
    for (let n = 2; slugs.has(slug); n++) slug = `${transcript.date}-${titleSlug}-${n}`;
    slugs.add(slug);
    yield { slug, ...transcript };
  }
}
