import type { Transcript } from '../schemas/transcript';
import { TRANSCRIPT_JSON_VERSION, type JsonBlock, type TranscriptJson } from '../schemas/transcript-json';
import type { Block, Turn } from '../schemas/turn';
import { isoDate } from './format-date';
import { absoluteUrl, speakerPath, transcriptPath, turnInContextPath, turnPath } from './paths';
import { speakerStats } from './speaker-stats';

/** The machine-readable form of a transcript, `/transcripts/<slug>.json`. */
export function transcriptJson(slug: string, data: Transcript, turns: readonly Turn[], site: URL | string): TranscriptJson {
  const url = (path: string) => absoluteUrl(path, site);
  return {
    schemaVersion: TRANSCRIPT_JSON_VERSION,
    slug,
    url: url(transcriptPath(slug)),
    title: data.title,
    date: isoDate(data.date),
    place: data.place,
    source: data.source,
    ...(data.shortLink ? { shortLink: data.shortLink } : {}),
    ...(data.originalUrl ? { originalUrl: data.originalUrl } : {}),
    lang: data.lang,
    translationNote: data.translationNote,
    ...(data.summary === undefined ? {} : { summary: data.summary }),
    tags: [...data.tags],
    words: turns.reduce((sum, turn) => sum + turn.words, 0),
    speakers: speakerStats(data.speakers, turns).map((speaker) => ({
      key: speaker.key,
      name: speaker.name,
      ...(speaker.role ? { role: speaker.role } : {}),
      turns: speaker.turns,
      words: speaker.words,
      url: url(speakerPath(speaker.key)),
    })),
    turns: turns.map((turn) => ({
      anchor: turn.anchor,
      position: turn.position,
      speaker: turn.speaker,
      countForSpeaker: turn.countForSpeaker,
      blocks: turn.blocks.map(jsonBlock),
      words: turn.words,
      url: url(turnPath(slug, turn.anchor)),
      contextUrl: url(turnInContextPath(slug, turn.anchor)),
    })),
  };
}

/** A block as the JSON gives it: its structure and plain text, not the page's HTML. */
function jsonBlock(block: Block): JsonBlock {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', text: block.text };
    case 'heading':
      return { type: 'heading', depth: block.depth, id: block.id, text: block.text };
    case 'list':
      return { type: 'list', ordered: block.ordered, ...(block.start === undefined ? {} : { start: block.start }), items: block.items.map((item) => item.map(jsonBlock)) };
    case 'quote':
      return { type: 'quote', blocks: block.blocks.map(jsonBlock) };
  }
}
