import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, transcriptPath } from '../../utils/paths';
import { transcriptText } from '../../utils/transcript-text';
import { getTranscripts, turnsOf, type TranscriptEntry } from '../../utils/transcripts';
import { withCacheKeys } from '../../utils/cache-key';

/** `/transcripts/<slug>.txt`: the transcript as plain "Speaker: text". */
export const getStaticPaths = (async () => {
  const transcripts = await getTranscripts();
  return withCacheKeys(transcripts.map((entry) => ({ params: { slug: entry.id }, props: { entry } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: TranscriptEntry }> = ({ props, site }) => {
  const { entry } = props;
  const text = transcriptText(entry.data, turnsOf(entry), absoluteUrl(transcriptPath(entry.id), site));
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
