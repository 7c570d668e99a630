/**
 * `npm run bench:corpus -- --count N [--seed S] [--out DIR] [--seed-text FILE]` writes N
 * generated transcripts into DIR (default: a new temporary folder) and prints the folder.
 * Build the site from it with `TRANSCRIPTS_DIR=DIR npm run build`.
 */
import { parseArgs } from 'node:util';
import { writeCorpus } from '../../src/tooling/corpus/write-corpus';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    seed: { type: 'string', default: 'transcripts' },
    out: { type: 'string' },
    'seed-text': { type: 'string' },
  },
});

const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error(`--count must be a whole number of at least 1, not "${values.count}"`);
  process.exit(2);
}
try {
  const summary = writeCorpus({ count, seed: values.seed, out: values.out, seedTextPath: values['seed-text'] });
  console.error(`${summary.count} transcripts, ${summary.words.toLocaleString('en')} words, ${summary.turns.toLocaleString('en')} turns, seed "${values.seed}"`);
  console.log(summary.dir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
