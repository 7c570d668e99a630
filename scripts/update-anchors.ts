/**
 * Adds every turn anchor the transcripts have to the manifest of published anchors, and never
 * removes one: `npm run anchors:update`. Run it when you publish new or changed transcripts,
 * and commit the manifest with them. The folder is `content/transcripts` (or TRANSCRIPTS_DIR);
 * the manifest is `anchors.json` beside it.
 */
import { basename, join, relative, resolve } from 'node:path';
import { lostAnchors, mergeAnchors, readAnchorsManifest, writeAnchorsManifest } from '../src/loaders/anchors-manifest';
import { readTurns } from '../src/plugins/read-turns';
import { entryIdOf } from '../src/utils/entry-id';
import { readTranscriptFile, transcriptFiles } from '../src/utils/transcript-file';

const dir = resolve(process.env['TRANSCRIPTS_DIR'] ?? 'content/transcripts');
const manifestFile = join(dir, '..', 'anchors.json');

// Each file is read and its turns found exactly as the build does.
const current: Record<string, string[]> = {};
const aliases: Record<string, Record<string, string>> = {};
for (const path of transcriptFiles(dir)) {
  const slug = entryIdOf(relative(dir, path));
  const file = readTranscriptFile(path);
  current[slug] = (await readTurns(file)).turns.map((turn) => turn.anchor);
  aliases[slug] = file.data.anchorAliases;
}
const before = readAnchorsManifest(manifestFile) ?? {};
const { manifest, added } = mergeAnchors(before, current);
writeAnchorsManifest(manifestFile, manifest);
console.log(`${relative(process.cwd(), manifestFile)}: added ${added} anchor${added === 1 ? '' : 's'}; ${Object.values(manifest).flat().length} published in ${Object.keys(manifest).length} transcripts`);
for (const [slug, published] of Object.entries(before)) {
  const lost = current[slug] ? lostAnchors(published, current[slug], aliases[slug] ?? {}) : published;
  if (lost.length > 0) console.warn(`${basename(dir)}/${slug}.md: published anchors without a turn or an alias, which the build refuses: ${lost.join(', ')}`);
}
