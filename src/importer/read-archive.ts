import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml, readFrontmatter } from '../utils/frontmatter';
import type { ArchiveSpeaker } from './archive-speakers';

/**
 * The speakers of the transcripts already in a folder (`content/transcripts` or `--out`), read
 * from each file's front matter. A missing folder is an empty archive; a file whose front
 * matter cannot be read is left out here (the build reports it, naming its line).
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
      const data = parseYaml(path, readFrontmatter(path, readFileSync(path, 'utf8'))) as { speakers?: unknown };
      const speakers = Array.isArray(data.speakers) ? (data.speakers as unknown[]) : [];
      return speakers.flatMap((speaker) => {
        const { key, name } = (speaker ?? {}) as { key?: unknown; name?: unknown };
        return typeof key === 'string' && typeof name === 'string' ? [{ key, name, file }] : [];
      });
    } catch {
      return [];
    }
  });
}
