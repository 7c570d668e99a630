import { readFileSync } from 'node:fs';
import type { Turn } from '../schemas/turn';
import type { TurnOutline } from './turn-outline';

/**
 * The key under an entry's `rendered.metadata` that names the file holding its turns, in the
 * render cache. The loader sets it on every load (so a cache restored elsewhere is found where
 * it now is); the turns themselves stay out of Astro's data store, which the build bundles and
 * holds in memory whole.
 */
export const TURNS_FILE_KEY = 'turnsFile';

/**
 * The key under an entry's `rendered.metadata` that lists its turns' anchors, in order: all a
 * build needs of an unchanged transcript to list its turn pages and check its published
 * anchors, without reading its turns file (a few dozen bytes a turn in the data store).
 */
export const ANCHORS_KEY = 'anchors';

/** The anchors an entry's `rendered.metadata` holds under {@link ANCHORS_KEY}, if it holds them whole. */
export function storedAnchors(metadata: Readonly<Record<string, unknown>> | undefined): string[] | undefined {
  const anchors = metadata?.[ANCHORS_KEY];
  return Array.isArray(anchors) && anchors.every((anchor) => typeof anchor === 'string') ? anchors : undefined;
}

/**
 * How many transcripts' turns stay in memory. Pages are rendered transcript by transcript, a
 * few at a time (`build.concurrency`), so a short list serves nearly every request; holding
 * every transcript's turns would hold the archive's whole text for the whole build.
 */
const KEPT_FILES = 16;

const recent = new Map<string, Turn[]>();

/**
 * The turns in a turns file. The few most recently read are kept, because a transcript's
 * pages ask for its turns many times in a row (see {@link KEPT_FILES}). The loader checked
 * them against the schema.
 */
export function readTurnsFile(file: string): Turn[] {
  let turns = recent.get(file);
  if (turns) recent.delete(file);
  else turns = JSON.parse(readFileSync(file, 'utf8')) as Turn[];
  recent.set(file, turns);
  for (const oldest of recent.keys()) {
    if (recent.size <= KEPT_FILES) break;
    recent.delete(oldest);
  }
  return turns;
}

/**
 * The file beside a turns file that holds the same turns' outlines (`turnOutline`), written
 * with it by the render cache: `a.d1.r2.turns.json` → `a.d1.r2.outline.json`.
 */
export function outlineFileOf(turnsFile: string): string {
  return turnsFile.replace(/\.turns\.json$/, '.outline.json');
}

/**
 * The outlines of a turns file's turns, from the file beside it; `undefined` when that file is
 * missing or damaged, for the caller to outline the turns themselves.
 */
export function readOutlineFile(turnsFile: string): TurnOutline[] | undefined {
  try {
    const outlines: unknown = JSON.parse(readFileSync(outlineFileOf(turnsFile), 'utf8'));
    return Array.isArray(outlines) ? (outlines as TurnOutline[]) : undefined;
  } catch {
    return undefined;
  }
}
