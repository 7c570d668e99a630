import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/t';
import { absoluteUrl, homePath, transcriptPath } from '../utils/paths';
import { transcriptDescription } from '../utils/transcript-description';
import { getTranscripts, outlinesOf } from '../utils/transcripts';

/** Transcripts the site's feed lists: a feed reader polls it, and the whole archive would be megabytes. */
const SITE_FEED_TRANSCRIPTS = 50;

/** `/feed.xml`: the newest transcripts ({@link SITE_FEED_TRANSCRIPTS}), newest event first. */
export const GET: APIRoute = async ({ site }) => {
  const transcripts = (await getTranscripts()).slice(0, SITE_FEED_TRANSCRIPTS);
  return rss({
    title: t('site.title'),
    description: t('site.tagline'),
    site: absoluteUrl(homePath(), site),
    items: transcripts.map((entry) => ({
      title: entry.data.title,
      link: absoluteUrl(transcriptPath(entry.id), site),
      pubDate: entry.data.date,
      description: transcriptDescription(entry.data, outlinesOf(entry)),
      categories: entry.data.speakers.map((speaker) => speaker.name),
    })),
    customData: `<language>${transcripts[0]?.data.lang ?? 'en'}</language>`,
  });
};
