import { getCollection, type CollectionEntry } from 'astro:content';
import type { Turn } from '../schemas/turn';
import { turnOutline, type TurnOutline } from './turn-outline';
import { readOutlineFile, readTurnsFile, storedAnchors, TURNS_FILE_KEY } from './turns-file';

export type TranscriptEntry = CollectionEntry<'transcripts'>;

/** Transcripts per page of the archive's listing: about 30 KB of HTML a page. */
export const TRANSCRIPTS_PER_PAGE = 25;

/** Every transcript, newest first; ties keep a stable order by slug. */
export async function getTranscripts(): Promise<TranscriptEntry[]> {
  const entries = await getCollection('transcripts');
  return entries.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** The entry's turns ({@link Turn}), as `remark-speaker-turns` read them (see `transcriptLoader`). */
export function turnsOf(entry: TranscriptEntry): Turn[] {
  return readTurnsFile(turnsFileOf(entry));
}

/**
 * The outlines of the entry's turns ({@link TurnOutline}), read from beside its turns file
 * without reading the turns; outlined from the turns themselves if that file was lost.
 */
export function outlinesOf(entry: TranscriptEntry): TurnOutline[] {
  return readOutlineFile(turnsFileOf(entry)) ?? turnsOf(entry).map(turnOutline);
}

/**
 * The file of the entry's turns in the render cache. Its name carries the digest of the
 * transcript's Markdown and of the code that read its turns, so it changes exactly when the
 * turns could: a page that shows only a transcript's turns and front matter can be keyed by
 * it without reading them.
 */
export function turnsFileOf(entry: TranscriptEntry): string {
  const file = entry.rendered?.metadata?.[TURNS_FILE_KEY];
  if (typeof file !== 'string') throw new Error(`${entry.filePath ?? entry.id}: the transcript loader gave it no turns`);
  return file;
}

/** The anchors of the entry's turns, in order, as the loader stored them (no turns file read). */
export function anchorsOf(entry: TranscriptEntry): string[] {
  const anchors = storedAnchors(entry.rendered?.metadata);
  if (!anchors) throw new Error(`${entry.filePath ?? entry.id}: the transcript loader gave it no turn anchors`);
  return anchors;
}
