/**
 * Adds every turn anchor the transcripts have to the manifest of published anchors, and never
 * removes one: `npm run anchors:update`. Run it when you publish new or changed transcripts,
 * and commit the manifest with them. The folder is `content/transcripts` (or TRANSCRIPTS_DIR);
 * the manifest is `anchors.json` beside it.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { lostAnchors, mergeAnchors, readAnchorsManifest, writeAnchorsManifest } from '../src/loaders/anchors-manifest';
import { parseYaml, readFrontmatter } from '../src/utils/frontmatter';
import { checkTranscriptFile, transcriptFiles } from '../src/loaders/transcript-source';
import remarkSpeakerTurns from '../src/plugins/remark-speaker-turns';
import { transcriptSchema } from '../src/schemas/transcript';
import { entryIdOf } from '../src/utils/entry-id';

const dir = resolve(process.env['TRANSCRIPTS_DIR'] ?? 'content/transcripts');
const manifestFile = join(dir, '..', 'anchors.json');

/** A transcript's turn anchors, from the same plugin the build renders turns with. */
async function anchorsOf(file: string): Promise<string[]> {
  checkTranscriptFile(file);
  const source = readFileSync(file, 'utf8');
  const frontmatter = readFrontmatter(file, source);
  const data = parseYaml(file, frontmatter) as Record<string, unknown>;
  const body = source.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
  const vfile = new VFile({ path: file, value: body, data: { speakers: transcriptSchema.parse(data).speakers } });
  const processor = unified().use(remarkParse).use(remarkSpeakerTurns);
  await processor.run(processor.parse(vfile), vfile);
  return (vfile.data.turns ?? []).map((turn) => turn.anchor);
}

const current: Record<string, string[]> = {};
const aliases: Record<string, Record<string, string>> = {};
for (const file of transcriptFiles(dir)) {
  const slug = entryIdOf(relative(dir, file));
  current[slug] = await anchorsOf(file);
  const data = parseYaml(file, readFrontmatter(file, readFileSync(file, 'utf8'))) as { anchorAliases?: Record<string, string> };
  aliases[slug] = data.anchorAliases ?? {};
}
const before = readAnchorsManifest(manifestFile) ?? {};
const { manifest, added } = mergeAnchors(before, current);
writeAnchorsManifest(manifestFile, manifest);
console.log(`${relative(process.cwd(), manifestFile)}: added ${added} anchor${added === 1 ? '' : 's'}; ${Object.values(manifest).flat().length} published in ${Object.keys(manifest).length} transcripts`);
for (const [slug, published] of Object.entries(before)) {
  const lost = current[slug] ? lostAnchors(published, current[slug], aliases[slug] ?? {}) : published;
  if (lost.length > 0) console.warn(`${basename(dir)}/${slug}.md: published anchors without a turn or an alias, which the build refuses: ${lost.join(', ')}`);
}
