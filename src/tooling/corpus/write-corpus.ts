import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from './corpus';

/** The raw Kremlin text the vocabulary is learnt from, beside the repository as in CI. */
export const SEED_TEXT = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'sources', 'kremlin-2022-02-18-news-conference.txt');

export interface WriteCorpusOptions {
  count: number;
  seed: string;
  /** Folder to write into; it must be empty or not exist (default: a new temporary folder). */
  out?: string | undefined;
  seedTextPath?: string | undefined;
  /**
   * A folder for one more transcript, the `count + 1`th, which is not counted: the bench adds it
   * to the built corpus to time an incremental build. The corpus itself is the same as without.
   */
  spare?: string | undefined;
}

export interface CorpusSummary {
  dir: string;
  count: number;
  words: number;
  turns: number;
}

/**
 * Writes a generated corpus as `<slug>.md` files. The files are written into a hidden
 * folder beside the target and moved into place at the end, so a failed run leaves no
 * half-written corpus behind.
 */
export function writeCorpus({ count, seed, out, seedTextPath = SEED_TEXT, spare }: WriteCorpusOptions): CorpusSummary {
  if (!existsSync(seedTextPath)) throw new Error(`${seedTextPath}: seed text not found (pass --seed-text FILE)`);
  const seedText = readFileSync(seedTextPath, 'utf8');
  const dir = out ? resolve(out) : mkdtempSync(join(tmpdir(), 'transcripts-corpus-'));
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir}: the folder is not empty; choose a new one`);
  mkdirSync(dir, { recursive: true });
  const staging = mkdtempSync(join(dir, '.staging-'));
  const summary: CorpusSummary = { dir, count: 0, words: 0, turns: 0 };
  try {
    for (const transcript of generateCorpus({ count: spare ? count + 1 : count, seed, seedText })) {
      if (summary.count === count && spare) {
        mkdirSync(spare, { recursive: true });
        writeFileSync(join(spare, `${transcript.slug}.md`), transcript.markdown);
        continue;
      }
      writeFileSync(join(staging, `${transcript.slug}.md`), transcript.markdown);
      summary.count++;
      summary.words += transcript.words;
      summary.turns += transcript.turnSpeakers.length;
    }
    for (const name of readdirSync(staging)) renameSync(join(staging, name), join(dir, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return summary;
}
