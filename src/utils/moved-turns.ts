import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseYaml, readFrontmatter } from './frontmatter';
import { transcriptFiles } from '../loaders/transcript-source';
import { entryIdOf } from './entry-id';

/**
 * The old turn-page addresses that `anchorAliases` keep alive, as `transcripts/<slug>/<old>/`
 * (under the site's base), read from the transcripts' front matter. They answer with a
 * redirect, so the sitemap leaves them out.
 */
export function movedTurnPaths(transcriptsDir: string): Set<string> {
  const paths = new Set<string>();
  for (const file of transcriptFiles(transcriptsDir)) {
    try {
      const data = parseYaml(file, readFrontmatter(file, readFileSync(file, 'utf8'))) as { anchorAliases?: Record<string, string> };
      for (const oldAnchor of Object.keys(data.anchorAliases ?? {})) paths.add(`transcripts/${entryIdOf(relative(transcriptsDir, file))}/${oldAnchor}/`);
    } catch {
      // A broken file has already stopped the build with its own message.
    }
  }
  return paths;
}

/**
 * A sitemap filter that keeps every page but the moved-turn redirects; the transcripts are
 * read once, when the sitemap is written.
 */
export function notMovedTurn(transcriptsDir: string): (page: string) => boolean {
  let moved: string[] | undefined;
  return (page) => {
    moved ??= [...movedTurnPaths(transcriptsDir)];
    return !moved.some((path) => page.endsWith(`/${path}`));
  };
}
