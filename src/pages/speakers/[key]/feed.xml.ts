import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_LANG } from '../../../consts';
import { t } from '../../../i18n/t';
import { withCacheKeys } from '../../../utils/cache-key';
import { absoluteUrl, speakerPath } from '../../../utils/paths';
import { getFeedTurns, getSpeakerIndex } from '../../../utils/speaker-data';
import { feedTurns, speakerFeedItems } from '../../../utils/speaker-feed';
import type { SpeakerTurn } from '../../../utils/speaker-index';
import { getTranscripts, turnsFileOf } from '../../../utils/transcripts';

interface Props {
  key: string;
  name: string;
  /** The turns the feed lists, newest first. */
  turns: SpeakerTurn[];
  /**
   * Their transcripts' turns files, whose names change whenever those turns' text could: with
   * the turns listed, the page's key changes exactly when the feed would (see `turnsFileOf`).
   */
  turnsFiles: string[];
}

/**
 * `/speakers/<key>/feed.xml`: follow a speaker, their newest turns first (see
 * `speakerFeedItems`). The turns' text is read when a feed renders, not to list the feeds.
 */
export const getStaticPaths = (async () => {
  const [speakers, transcripts] = await Promise.all([getSpeakerIndex(), getTranscripts()]);
  const turnsFiles = new Map(transcripts.map((entry) => [entry.id, turnsFileOf(entry)]));
  return withCacheKeys(
    speakers.map((speaker) => {
      const turns = feedTurns(speaker);
      return { params: { key: speaker.key }, props: { key: speaker.key, name: speaker.name, turns, turnsFiles: [...new Set(turns.map((turn) => turnsFiles.get(turn.slug) ?? turn.slug))] } satisfies Props };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) =>
  rss({
    title: t('speaker.feedTitle', { name: props.name }),
    description: t('speaker.feedDescription', { name: props.name }),
    site: absoluteUrl(speakerPath(props.key), site),
    items: speakerFeedItems(props.name, props.turns, await getFeedTurns()),
    customData: `<language>${SITE_LANG}</language>`,
  });
