import { readFileSync } from 'node:fs';
import { readTurns } from '../../src/plugins/read-turns';
import type { Transcript } from '../../src/schemas/transcript';
import type { Turn } from '../../src/schemas/turn';
import { parseTranscript } from '../../src/utils/transcript-file';

import { SEED_FILE, SEED_SLUG } from '../../src/tooling/seed';

export { SEED_FILE, SEED_SLUG };

export interface LoadedTranscript {
  slug: string;
  data: Transcript;
  turns: Turn[];
}

/** A transcript file read the way the site reads it: its checked front matter and its reported turns. */
export async function loadTranscript(slug: string, source: string): Promise<LoadedTranscript> {
  const file = parseTranscript(`${slug}.md`, source);
  const { turns } = await readTurns(file);
  return { slug, data: file.data, turns };
}

/** The committed Kremlin transcript of 18 February 2022. */
export function loadSeed(): Promise<LoadedTranscript> {
  return loadTranscript(SEED_SLUG, readFileSync(SEED_FILE, 'utf8'));
}
