import { readFileSync } from 'node:fs';
import { parseYaml, readFrontmatter } from '../../src/utils/frontmatter';
import { transcriptSchema, type Transcript } from '../../src/schemas/transcript';
import type { Turn } from '../../src/schemas/turn';
import { SEED_FILE, SEED_SLUG } from '../../src/tooling/seed';
import { renderTranscript } from './render-markdown';

export { SEED_FILE, SEED_SLUG };

export interface LoadedTranscript {
  slug: string;
  data: Transcript;
  turns: Turn[];
}

/** A transcript file read the way the site reads it: its checked front matter and its reported turns. */
export async function loadTranscript(slug: string, source: string): Promise<LoadedTranscript> {
  const data = transcriptSchema.parse(parseYaml(`${slug}.md`, readFrontmatter(`${slug}.md`, source)));
  const { turns } = await renderTranscript(source);
  return { slug, data, turns };
}

/** The committed Kremlin transcript of 18 February 2022. */
export function loadSeed(): Promise<LoadedTranscript> {
  return loadTranscript(SEED_SLUG, readFileSync(SEED_FILE, 'utf8'));
}
