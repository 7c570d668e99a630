import type { Transcript } from '../schemas/transcript';
import { isoDate } from './format-date';
import { absoluteUrl, transcriptPath } from './paths';

/**
 * The `data-*` attributes that tell the client scripts (turn actions, quote links) which
 * transcript a turn belongs to, so a citation can be written without a second copy of it per
 * turn in the HTML.
 */
export function transcriptAttributes(slug: string, data: Pick<Transcript, 'title' | 'date' | 'place'>, site: URL | undefined) {
  return {
    'data-transcript-url': absoluteUrl(transcriptPath(slug), site),
    'data-slug': slug,
    'data-title': data.title,
    'data-date': isoDate(data.date),
    'data-place': data.place,
  };
}
