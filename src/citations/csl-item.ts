import { parse as parseName } from '@citation-js/name';
import { t } from '../i18n/t';
import { isoDate } from '../utils/format-date';
import { sourceSiteName } from './source-site';

/** A CSL-JSON date: `{ 'date-parts': [[2022, 2, 18]] }`. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** A CSL-JSON name: a person's `given` and `family` names, or a `literal` one. */
export interface CslName {
  given?: string;
  family?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

/**
 * The CSL-JSON fields a citation of a transcript or of one of its turns carries (the schema:
 * https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json). It is the one
 * model of a citation: APA, Chicago and MLA are CSL styles applied to it, BibTeX and RIS are
 * citation-js's translations of it, and the CSL-JSON export is the item itself.
 */
export interface CslItem {
  /** `<slug>` for a transcript, `<slug>/<anchor>` for a turn. */
  id: string;
  /** The BibTeX key: `<slug>` or `<slug>:<anchor>`. */
  'citation-key': string;
  /** Spoken words: a speech (Zotero's "Presentation"). */
  type: 'speech';
  /** The transcript's title; for a turn, followed by its number ("…, turn 4"). */
  title: string;
  /** The speaker of a turn; a transcript of many voices has none. */
  author?: CslName[];
  /** "Transcript". */
  genre: string;
  /** The day of the event, which is also the day the source published the text. */
  issued: CslDate;
  'event-date': CslDate;
  'event-place': string;
  /** The permalink on this site: the turn's page, or the transcript's. */
  URL: string;
  /** The day the text was retrieved (see `retrievedDay`). */
  accessed: CslDate;
  /** The source site's name, "President of Russia" ... */
  archive: string;
  /** ... and the page there: the kremlin.ru address. */
  archive_location: string;
  /** The same source in words, for formats that print no archive (BibTeX, RIS). */
  note: string;
}

/** What a transcript's citation needs from its front matter. */
export interface CitedTranscript {
  slug: string;
  title: string;
  date: Date;
  place: string;
  /** The page the text was published on (kremlin.ru). */
  source: string;
  /** The transcript's page on this site, absolute. */
  url: string;
}

/** What a turn's citation adds: who speaks, where in the transcript, and its own page. */
export interface CitedTurn {
  anchor: string;
  /** The speaker's name as the transcript declares it, such as "Vladimir Putin". */
  speaker: string;
  /** The turn's position in the transcript, from 1. */
  position: number;
  /** The turn's page on this site, absolute. */
  url: string;
}

function cslDate(day: string): CslDate {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  return { 'date-parts': [[year, month, date]] };
}

/**
 * The transcript as a CSL item, retrieved on `retrieved` (`YYYY-MM-DD`).
 *
 * `transcriptItem({ slug: '2022-02-18-russian-belarusian-talks', title: 'News conference
 * following Russian-Belarusian talks', date, place: 'The Kremlin, Moscow', source:
 * 'http://en.kremlin.ru/events/president/news/67809', url: 'https://…/' }, '2026-12-01')` →
 * `{ id: '2022-02-18-russian-belarusian-talks', type: 'speech', title: 'News conference …',
 * issued: { 'date-parts': [[2022, 2, 18]] }, accessed: { 'date-parts': [[2026, 12, 1]] },
 * archive: 'President of Russia', archive_location: 'http://en.kremlin.ru/…', … }`
 */
export function transcriptItem(transcript: CitedTranscript, retrieved: string): CslItem {
  const archive = sourceSiteName(transcript.source);
  const day = cslDate(isoDate(transcript.date));
  return {
    id: transcript.slug,
    'citation-key': transcript.slug,
    type: 'speech',
    title: transcript.title,
    genre: t('cite.genre'),
    issued: day,
    'event-date': day,
    'event-place': transcript.place,
    URL: transcript.url,
    accessed: cslDate(retrieved),
    archive,
    archive_location: transcript.source,
    note: t('cite.sourceNote', { site: archive, url: transcript.source }),
  };
}

/**
 * One turn as a CSL item: the transcript's item, with the speaker as its author, the turn's
 * number in its title and the turn's page as its URL.
 *
 * `turnItem(transcript, { anchor: 'vladimir-putin-2', speaker: 'Vladimir Putin', position: 4,
 * url: 'https://…/vladimir-putin-2/' }, '2026-12-01')` → `{ id:
 * '2022-02-18-russian-belarusian-talks/vladimir-putin-2', author: [{ given: 'Vladimir', family:
 * 'Putin' }], title: 'News conference following Russian-Belarusian talks, turn 4', … }`
 */
export function turnItem(transcript: CitedTranscript, turn: CitedTurn, retrieved: string): CslItem {
  return {
    ...transcriptItem(transcript, retrieved),
    id: `${transcript.slug}/${turn.anchor}`,
    'citation-key': `${transcript.slug}:${turn.anchor}`,
    title: t('cite.turnTitle', { title: transcript.title, position: turn.position }),
    author: [personName(turn.speaker)],
    URL: turn.url,
  };
}

/** "Vladimir Putin" as given and family names, so styles can write "Putin, V."; a name that does not parse stays whole. */
function personName(name: string): CslName {
  const parsed = parseName(name);
  return parsed.family && parsed.given ? parsed : { literal: name };
}
