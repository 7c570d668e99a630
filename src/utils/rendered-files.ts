import { readFileSync } from 'node:fs';
import type { Turn } from '../schemas/turn';

/**
 * Where a transcript's rendered parts live on disk. The loader records these paths in the
 * entry (as `rendered.metadata.frontmatter.renderedFiles`) instead of the parts themselves,
 * so Astro's data store, which is bundled into the build and held in memory whole, stays small
 * however large the archive grows.
 */
export interface RenderedFiles {
  /** The transcript's HTML as the Markdown pipeline wrote it (the turns, in order). */
  html: string;
  /** Its turns as `remark-speaker-turns` reported them, as JSON. */
  turns: string;
}

/** The key under `rendered.metadata.frontmatter` that holds a {@link RenderedFiles}. */
export const RENDERED_FILES_KEY = 'renderedFiles';

const turnsByFile = new Map<string, Turn[]>();

/**
 * A transcript's turns, read once per build: turn pages, speaker pages and listings all ask
 * for the same transcript's turns many times.
 */
export function readTurns(files: RenderedFiles): Turn[] {
  let turns = turnsByFile.get(files.turns);
  if (!turns) {
    turns = JSON.parse(readFileSync(files.turns, 'utf8')) as Turn[];
    turnsByFile.set(files.turns, turns);
  }
  return turns;
}

/** A transcript's rendered HTML. Only its own page shows it, so it is not kept in memory. */
export function readHtml(files: RenderedFiles): string {
  return readFileSync(files.html, 'utf8');
}
