import { getCollection, type CollectionEntry } from 'astro:content';
import type { TurnRecord } from '../schemas/turn';

export type TranscriptEntry = CollectionEntry<'transcripts'>;

/** Every transcript, newest first; ties keep a stable order by slug. */
export async function getTranscripts(): Promise<TranscriptEntry[]> {
  const entries = await getCollection('transcripts');
  return entries.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** The turns that `remark-speaker-turns` reported while rendering the entry. */
export function turnsOf(entry: TranscriptEntry): TurnRecord[] {
  const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  const turns = frontmatter?.['turns'];
  if (!Array.isArray(turns)) throw new Error(`${entry.filePath ?? entry.id}: the transcript was not rendered into turns`);
  return turns as TurnRecord[];
}

/** The URL path of a transcript page, under the site's base. */
export function transcriptPath(entry: TranscriptEntry): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/transcripts/${entry.id}/`;
}
