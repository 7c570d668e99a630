import { getCollection, type CollectionEntry } from 'astro:content';
import type { Turn } from '../schemas/turn';
import { readHtml, readTurns, RENDERED_FILES_KEY, type RenderedFiles } from './rendered-files';

export type TranscriptEntry = CollectionEntry<'transcripts'>;

/** Transcripts per page of the archive's listing: about 30 KB of HTML a page. */
export const TRANSCRIPTS_PER_PAGE = 25;

/** Every transcript, newest first; ties keep a stable order by slug. */
export async function getTranscripts(): Promise<TranscriptEntry[]> {
  const entries = await getCollection('transcripts');
  return entries.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** The turns that `remark-speaker-turns` reported while rendering the entry. */
export function turnsOf(entry: TranscriptEntry): Turn[] {
  return readTurns(renderedFilesOf(entry));
}

/** The entry's rendered HTML: its turns, as the Markdown pipeline wrote them. */
export function transcriptHtml(entry: TranscriptEntry): string {
  return readHtml(renderedFilesOf(entry));
}

/** The loader keeps rendered transcripts on disk and the paths in the entry (see `renderedOnDisk`). */
function renderedFilesOf(entry: TranscriptEntry): RenderedFiles {
  const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  const files = frontmatter?.[RENDERED_FILES_KEY] as RenderedFiles | undefined;
  if (!files) throw new Error(`${entry.filePath ?? entry.id}: the transcript was not rendered into turns`);
  return files;
}

/** The URL path of a transcript page, under the site's base. */
export function transcriptPath(entry: TranscriptEntry): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/transcripts/${entry.id}/`;
}
