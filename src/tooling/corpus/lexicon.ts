import type { Random } from './random';

/**
 * Made-up proper names (places, people, bodies) that read like the seed's words, built by a
 * letter-level chain over them: "Belarovsk", "Stranica". A real archive's vocabulary keeps
 * growing with every transcript; these names give the generated corpus that long tail, so the
 * search index grows the way a real one would.
 */
export function createLexicon(random: Random, seedWords: readonly string[], size: number): string[] {
  const next = new Map<string, string[]>();
  for (const word of new Set(seedWords.map((w) => w.toLowerCase()).filter((w) => /^[a-z]{4,}$/.test(w)))) {
    const padded = `^^${word}$`;
    for (let i = 2; i < padded.length; i++) {
      const key = padded.slice(i - 2, i);
      const list = next.get(key) ?? [];
      list.push(padded[i] ?? '$');
      next.set(key, list);
    }
  }
  if (next.size === 0) throw new Error('the seed text holds no words to build names from');
  const names = new Set<string>();
  for (let attempts = 0; names.size < size && attempts < size * 50; attempts++) {
    const name = inventWord(random, next);
    if (name.length >= 5 && name.length <= 11) names.add(name[0]?.toUpperCase() + name.slice(1));
  }
  return [...names];
}

function inventWord(random: Random, next: Map<string, string[]>): string {
  let word = '^^';
  while (word.length < 16) {
    const choices = next.get(word.slice(-2));
    const letter = choices ? random.pick(choices) : '$';
    if (letter === '$') break;
    word += letter;
  }
  return word.slice(2);
}

/**
 * A name's rank drawn so that a few names are common across the archive and most are rare
 * (Zipf's law, exponent 1): the rank's logarithm is uniform.
 */
export function zipfIndex(random: Random, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(random.next() * Math.log(size + 1))) - 1);
}
