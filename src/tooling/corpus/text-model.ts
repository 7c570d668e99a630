import type { Random } from './random';

/** The things a transcript talks about: places, people and bodies named in its text. */
export interface Topic {
  /** Proper names that stand in for the seed's own (Belarus, Minsk, …) in this transcript. */
  names: readonly string[];
  /** A rare word of the archive, for the long tail of a vocabulary (Zipf's law). */
  rareWord(random: Random): string;
}

export interface TextModel {
  /** About `words` words of speech, in whole sentences. */
  paragraph(random: Random, words: number, topic: Topic): string;
}

/** Chance of following one word of context instead of two: more variety, looser grammar. */
const BACKOFF = 0.3;
/** Chance that a proper name of the seed is replaced by one of the transcript's own. */
const RENAME = 0.5;
/** Chance that a longer word becomes a rare one, so the vocabulary grows as an archive's does. */
const RARE = 0.03;
/** Capitalised words that are titles or grammar, not names, and keep their place. */
const NOT_NAMES = new Set(['I', 'Mr', 'Mrs', 'Ms', 'President', 'Prime', 'Minister', 'Thank', 'Yes', 'No', 'Of', 'The', 'And', 'But', 'We', 'It', 'In']);

const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);
const endsSentence = (token: string) => /[.?!…][”"’)\]]*$/.test(token);

/**
 * A word-level Markov chain (two words of context, backing off to one) trained on real speech.
 * It writes new sentences in the seed's register. Proper names and numbers are varied per
 * transcript, so the corpus grows a vocabulary as a real archive does, where every event adds
 * its own places, people and figures.
 */
export function createTextModel(paragraphs: readonly string[]): TextModel {
  const starts: [string, string][] = [];
  const byTwo = new Map<string, string[]>();
  const byOne = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, token: string) => {
    const list = map.get(key);
    if (list) list.push(token);
    else map.set(key, [token]);
  };
  for (const paragraph of paragraphs) {
    const tokens = paragraph.split(' ');
    tokens.forEach((token, i) => {
      const previous = tokens[i - 1];
      const next = tokens[i + 1];
      if ((i === 0 || (previous && endsSentence(previous))) && next && !endsSentence(token)) starts.push([token, next]);
      if (previous) add(byOne, previous, token);
      if (i >= 2) add(byTwo, `${tokens[i - 2]} ${previous}`, token);
    });
  }
  if (starts.length === 0) throw new Error('the seed text holds no sentences to learn from');

  function sentence(random: Random, topic: Topic, out: string[]): void {
    let [first, second] = random.pick(starts);
    out.push(first, vary(random, second, topic));
    for (let length = 2; !endsSentence(second) && length < 80; length++) {
      const choices = (!random.chance(BACKOFF) && byTwo.get(`${first} ${second}`)) || byOne.get(second);
      if (!choices) break;
      [first, second] = [second, random.pick(choices)];
      out.push(vary(random, second, topic));
    }
    if (!endsSentence(second)) out[out.length - 1] = `${(out.at(-1) ?? '').replace(/[,;:–-]+$/, '')}.`;
  }

  return {
    paragraph(random, words, topic) {
      const out: string[] = [];
      let count = 0;
      while (count < words) {
        const from = out.length;
        sentence(random, topic, out);
        for (let i = from; i < out.length; i++) if (isWord(out[i] ?? '')) count++;
      }
      return out.join(' ');
    },
  };
}

/** Gives a seed name or figure this transcript's own value, keeping its punctuation. */
function vary(random: Random, token: string, topic: Topic): string {
  const match = /^([“"‘(]*)([\p{L}\p{N}][\p{L}\p{N}.'’-]*?)([’'”",.;:?!)…]*)$/u.exec(token);
  if (!match) return token;
  const [, before = '', core = '', after = ''] = match;
  if (/^\p{Lu}\p{Ll}+$/u.test(core) && !NOT_NAMES.has(core) && topic.names.length > 0 && random.chance(RENAME)) {
    return `${before}${random.pick(topic.names)}${after}`;
  }
  if (/^\p{Ll}{5,}$/u.test(core) && random.chance(RARE)) return `${before}${topic.rareWord(random).toLowerCase()}${after}`;
  if (/^(?:19|20)\d\d$/.test(core)) return `${before}${random.int(1990, 2025)}${after}`;
  if (/^\d[\d.,]*$/.test(core)) return `${before}${core.replace(/\d/g, () => String(random.int(0, 9))).replace(/^0+(?=\d)/, '')}${after}`;
  return token;
}
