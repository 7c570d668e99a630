import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface DistFigures {
  /** Every file under dist/. */
  files: number;
  bytes: number;
  /** The search index, dist/pagefind/. */
  searchFiles: number;
  searchBytes: number;
  /** HTML pages by kind. */
  transcriptPages: number;
  turnPages: number;
  speakerPages: number;
  /** The largest speaker page, the one that must stay readable as a speaker's turns pile up. */
  largestSpeakerPage: { path: string; bytes: number } | undefined;
}

/** Counts and sizes of a built site, by walking dist/. */
export function distFigures(dist: string): DistFigures {
  const figures: DistFigures = { files: 0, bytes: 0, searchFiles: 0, searchBytes: 0, transcriptPages: 0, turnPages: 0, speakerPages: 0, largestSpeakerPage: undefined };
  const visit = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) {
        visit(path);
        continue;
      }
      const bytes = statSync(path).size;
      const parts = relative(dist, path).split(sep);
      figures.files++;
      figures.bytes += bytes;
      if (parts[0] === 'pagefind') {
        figures.searchFiles++;
        figures.searchBytes += bytes;
      }
      if (item.name !== 'index.html') continue;
      if (parts[0] === 'transcripts' && parts.length === 3) figures.transcriptPages++;
      if (parts[0] === 'transcripts' && parts.length === 4) figures.turnPages++;
      if (parts[0] === 'speakers' && parts.length >= 3) {
        figures.speakerPages++;
        if (bytes > (figures.largestSpeakerPage?.bytes ?? 0)) figures.largestSpeakerPage = { path: `/${parts.slice(0, -1).join('/')}/`, bytes };
      }
    }
  };
  visit(dist);
  return figures;
}
