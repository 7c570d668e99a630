import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Transcript } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import type { TranscriptFile } from '../utils/transcript-file';
import remarkAnchorAliases from './remark-anchor-aliases';
import remarkRejectUnsafe from './remark-reject-unsafe';
import remarkSpeakerTurns from './remark-speaker-turns';

/** The Markdown pipeline every transcript goes through: parse, refuse unsafe input, read the turns, check the aliases. */
const pipeline = unified().use(remarkParse).use(remarkRejectUnsafe).use(remarkSpeakerTurns).use(remarkAnchorAliases);

/** What the plugins need of a transcript file: its body and lines, its speakers and aliases. */
export type TurnSource = Pick<TranscriptFile, 'path' | 'body' | 'bodyOffset' | 'lineOf'> & { data: Pick<Transcript, 'speakers' | 'anchorAliases'> };

/** What reading a transcript's turns gives: the turns, and the warnings that do not stop a build. */
export interface ReadTurns {
  turns: Turn[];
  warnings: string[];
}

/**
 * A transcript's turns, read from its body by the remark plugins, which see the front matter
 * as the schema normalised it (its speakers and aliases), never the raw YAML. The build, the
 * importer's proof and `npm run anchors:update` all read turns through this one function; a
 * problem throws a `SourceError` with the file and line.
 *
 * ```ts
 * const { turns } = await readTurns(readTranscriptFile('content/transcripts/x.md'));
 * turns[0].anchor; // 'vladimir-putin-1'
 * ```
 */
export async function readTurns(file: TurnSource): Promise<ReadTurns> {
  const vfile = new VFile({
    ...(file.path ? { path: file.path } : {}),
    value: file.body,
    data: { speakers: file.data.speakers, anchorAliases: file.data.anchorAliases, bodyOffset: file.bodyOffset, frontmatterLine: file.lineOf },
  });
  await pipeline.run(pipeline.parse(vfile), vfile);
  return { turns: vfile.data.turns ?? [], warnings: vfile.messages.map((message) => message.reason) };
}
