import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTranscripts, type TranscriptEntry } from '../../utils/transcripts';
import { withCacheKeys } from '../../utils/cache-key';

/** `/transcripts/<slug>.md`: the source file, byte for byte as committed. */
export const getStaticPaths = (async () => {
  const transcripts = await getTranscripts();
  return withCacheKeys(transcripts.map((entry) => ({ params: { slug: entry.id }, props: { entry } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: TranscriptEntry }> = async ({ props }) => {
  const { entry } = props;
  if (!entry.filePath) throw new Error(`transcript "${entry.id}" has no source file to publish`);
  const source = await readFile(resolve(entry.filePath));
  return new Response(source, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
