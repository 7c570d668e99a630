import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTranscriptFile } from '../utils/transcript-file';
import type { ArchiveSpeaker } from './archive-speakers';

/**
 * The speakers of the transcripts already in a folder (`content/transcripts` or `--out`), read
 * from each file's front matter as the build reads it. A missing folder is an empty archive; a file the build
 * would refuse is left out here (the build reports it, naming its line).
 */
export function readArchive(folder: string): ArchiveSpeaker[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  } catch {
    return [];
  }
  return names.flatMap((file) => {
    try {
      const path = join(folder, file);
      return readTranscriptFile(path).data.speakers.map(({ key, name }) => ({ key, name, file }));
    } catch {
      return [];
    }
  });
}
