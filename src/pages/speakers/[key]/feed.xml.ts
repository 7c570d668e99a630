import rss from '@astrojs/rss';
import type { RSSFeedItem } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_LANG } from '../../../consts';
import { t } from '../../../i18n/t';
import { withCacheKeys } from '../../../utils/cache-key';
import { absoluteUrl, speakerPath } from '../../../utils/paths';
import { getSpeakerIndex } from '../../../utils/speaker-data';
import { feedTurnLookup, speakerFeedItems } from '../../../utils/speaker-feed';
import { getTranscripts, turnsOf } from '../../../utils/transcripts';

interface Props {
  key: string;
  name: string;
  items: RSSFeedItem[];
}

/** `/speakers/<key>/feed.xml`: follow a speaker, their newest turns first (see `speakerFeedItems`). */
export const getStaticPaths = (async () => {
  const [speakers, transcripts] = await Promise.all([getSpeakerIndex(), getTranscripts()]);
  const bySlug = new Map(transcripts.map((entry) => [entry.id, entry]));
  const entryOf = (slug: string) => {
    const entry = bySlug.get(slug);
    if (!entry) throw new Error(`speaker feed: there is no transcript "${slug}"`);
    return entry;
  };
  const lookup = feedTurnLookup(speakers, (slug) => turnsOf(entryOf(slug)));
  const turnOf = (slug: string, position: number) => {
    const turn = lookup(slug, position);
    if (!turn) throw new Error(`speaker feed: transcript "${slug}" has no turn ${position}`);
    return turn;
  };
  return withCacheKeys(speakers.map((speaker) => ({ params: { key: speaker.key }, props: { key: speaker.key, name: speaker.name, items: speakerFeedItems(speaker, turnOf) } satisfies Props })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props, site }) =>
  rss({
    title: t('speaker.feedTitle', { name: props.name }),
    description: t('speaker.feedDescription', { name: props.name }),
    site: absoluteUrl(speakerPath(props.key), site),
    items: props.items,
    customData: `<language>${SITE_LANG}</language>`,
  });
