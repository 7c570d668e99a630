import { formatDate, isoDate } from './format-date';

/** What a citation of one turn says. Everything comes from the transcript and the turn. */
export interface TurnCitation {
  /** The speaker's name, such as "Vladimir Putin". */
  speaker: string;
  /** The transcript's title. */
  title: string;
  /** Where the event took place. */
  place: string;
  /** The day of the event. */
  date: Date;
  /** The turn's permalink, absolute. */
  url: string;
  /** The transcript's slug and the turn's anchor make the BibTeX key. */
  slug: string;
  anchor: string;
}

/**
 * "Vladimir Putin, News conference following Russian-Belarusian talks, The Kremlin, Moscow,
 * 18 February 2022, https://…/": who, what, where, when, and the link.
 */
export function plainCitation(cite: TurnCitation): string {
  return `${cite.speaker}, ${cite.title}, ${cite.place}, ${formatDate(cite.date)}, ${cite.url}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX `@misc` entry that both BibTeX and biblatex read. The title is double-braced so
 * styles keep its capitals; `date` is for biblatex, `year`/`month` for BibTeX.
 */
export function bibtexCitation(cite: TurnCitation): string {
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(cite.speaker)}}`],
    ['title', `{{${escapeBibtex(cite.title)}}}`],
    ['howpublished', `{${escapeBibtex(cite.place)}, ${formatDate(cite.date)}}`],
    ['year', `{${cite.date.getUTCFullYear()}}`],
    ['month', MONTHS[cite.date.getUTCMonth()] ?? ''],
    ['date', `{${isoDate(cite.date)}}`],
    ['url', `{${cite.url}}`],
  ];
  const body = fields.map(([name, value]) => `  ${name.padEnd(12)} = ${value},`).join('\n');
  return `@misc{${bibtexKey(cite.slug, cite.anchor)},\n${body}\n}`;
}

/** `2022-02-18-russian-belarusian-talks:vladimir-putin-2`: readable, unique, and safe as a key. */
export function bibtexKey(slug: string, anchor: string): string {
  return `${slug}:${anchor}`.replace(/[^A-Za-z0-9:_-]/g, '-');
}

/** Characters that are commands or groups in (La)TeX, written so they print as themselves. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (character) => {
    switch (character) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${character}`;
    }
  });
}
