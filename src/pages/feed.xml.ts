import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/t';
import { absoluteUrl, homePath, transcriptPath } from '../utils/paths';
import { transcriptDescription } from '../utils/transcript-description';
import { getTranscripts, turnsOf } from '../utils/transcripts';

/** `/feed.xml`: every transcript, newest event first. */
export const GET: APIRoute = async ({ site }) => {
  const transcripts = await getTranscripts();
  return rss({
    title: t('site.title'),
    description: t('site.tagline'),
    site: absoluteUrl(homePath(), site),
    items: transcripts.map((entry) => ({
      title: entry.data.title,
      link: absoluteUrl(transcriptPath(entry.id), site),
      pubDate: entry.data.date,
      description: transcriptDescription(entry.data, turnsOf(entry)),
      categories: entry.data.speakers.map((speaker) => speaker.name),
    })),
    customData: `<language>${transcripts[0]?.data.lang ?? 'en'}</language>`,
  });
};
