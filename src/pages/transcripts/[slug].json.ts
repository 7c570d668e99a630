import type { APIRoute, GetStaticPaths } from 'astro';
import { transcriptJson } from '../../utils/transcript-json';
import { getTranscripts, turnsOf, type TranscriptEntry } from '../../utils/transcripts';
import { withCacheKeys } from '../../utils/cache-key';

/** `/transcripts/<slug>.json`: the metadata, speakers and turns (shape: src/schemas/transcript-json.ts). */
export const getStaticPaths = (async () => {
  const transcripts = await getTranscripts();
  return withCacheKeys(transcripts.map((entry) => ({ params: { slug: entry.id }, props: { entry } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: TranscriptEntry }> = ({ props, site }) => {
  if (!site) throw new Error('`site` must be set in astro.config.mjs for the JSON export');
  const json = transcriptJson(props.entry.id, props.entry.data, turnsOf(props.entry), site);
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
