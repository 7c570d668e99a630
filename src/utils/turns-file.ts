import { readFileSync } from 'node:fs';
import type { Turn } from '../schemas/turn';

/**
 * The key under an entry's `rendered.metadata` that names the file holding its turns, in the
 * render cache. The loader sets it on every load (so a cache restored elsewhere is found where
 * it now is); the turns themselves stay out of Astro's data store, which the build bundles and
 * holds in memory whole.
 */
export const TURNS_FILE_KEY = 'turnsFile';

const turnsByFile = new Map<string, Turn[]>();

/**
 * The turns in a turns file, read once per build: turn pages, speaker pages and listings all
 * ask for the same transcript's turns many times. The loader checked them against the schema.
 */
export function readTurnsFile(file: string): Turn[] {
  let turns = turnsByFile.get(file);
  if (!turns) {
    turns = JSON.parse(readFileSync(file, 'utf8')) as Turn[];
    turnsByFile.set(file, turns);
  }
  return turns;
}
