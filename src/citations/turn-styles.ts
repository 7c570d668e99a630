import { turnItem, type CitedTranscript, type CitedTurn } from './csl-item';
import { STYLED_FORMATS, styledText, type StyledFormat } from './render-citations';
import type { Citations } from './citation-formats';

/**
 * A turn's APA, Chicago and MLA text at a few string replacements a turn instead of three CSL
 * renders (3–6 ms each, the larger part of a turn page's build time).
 *
 * The turns of one transcript differ in three things only: the speaker, the turn's number
 * and its page. So each style renders once per transcript, with a stand-in for each of them
 * (the template), and once per speaker, in a fixed probe item, next to the probe with the
 * stand-in speaker: where the two probes differ is how the style writes that speaker's name
 * and the stand-in's ("Putin, V" and "Zqfamilyzq, Z" in APA; the shared "." after it stays in
 * place). A turn's text is the template with the three stand-ins replaced. A template in which
 * a stand-in is not found exactly once is not used: that turn is rendered in full.
 * `tests/unit/turn-styles.test.ts` checks the result against the full render for every turn
 * of the real transcript and of a generated archive.
 *
 * `turnStyles(transcript, { anchor: 'vladimir-putin-2', speaker: 'Vladimir Putin', position:
 * 4, url: 'https://…/vladimir-putin-2/' }, '2026-12-01').apa` → `'Putin, V. (2022, February 18).
 * News conference following Russian-Belarusian talks, turn 4 (…) [Transcript]. President of
 * Russia. Retrieved December 1, 2026, from https://…/vladimir-putin-2/'`, the same text as
 * `styledText(turnItem(…), 'apa')`.
 */
export function turnStyles(transcript: CitedTranscript, turn: CitedTurn, retrieved: string): Pick<Citations, StyledFormat> {
  const templates = templatesOf(transcript, retrieved);
  const styled = (format: StyledFormat): string => {
    const template = templates[format];
    const name = template === undefined ? undefined : nameIn(format, turn.speaker);
    if (template === undefined || name === undefined || !onlyOnce(template, name.standIn)) return styledText(turnItem(transcript, turn, retrieved), format);
    return template.replace(name.standIn, () => name.real).replace(STAND_IN.position, () => String(turn.position)).replace(STAND_IN.url, () => turn.url);
  };
  return { apa: styled('apa'), chicago: styled('chicago'), mla: styled('mla') };
}

/** Stand-ins no style changes: a name of letters only, a number, an address that cannot exist. */
const STAND_IN = { speaker: 'Zqgivenzq Zqfamilyzq', position: '987654321', url: 'https://turn.invalid/zqturnzq/' } as const;
/** The fixed item in which each speaker's name is written once per style. */
const PROBE: CitedTranscript = { slug: 'probe', title: 'Probe', date: new Date('2000-01-01'), place: 'Probe', source: 'http://en.kremlin.ru/events/president/news/1', url: 'https://probe.invalid/' };
const PROBE_DAY = '2000-01-01';

type Templates = Partial<Record<StyledFormat, string>>;
const templates = new Map<string, Templates>();
const names = new Map<string, { standIn: string; real: string } | undefined>();
const standInProbes = new Map<StyledFormat, string>();

function templatesOf(transcript: CitedTranscript, retrieved: string): Templates {
  const key = JSON.stringify([transcript, retrieved]);
  let found = templates.get(key);
  if (!found) {
    const item = turnItem(transcript, { anchor: 'zqturnzq', speaker: STAND_IN.speaker, position: Number(STAND_IN.position), url: STAND_IN.url }, retrieved);
    found = {};
    for (const { id } of STYLED_FORMATS) {
      const text = styledText(item, id);
      if (onlyOnce(text, STAND_IN.position) && onlyOnce(text, STAND_IN.url)) found[id] = text;
    }
    templates.set(key, found);
  }
  return found;
}

/** How the style writes the speaker's name and the stand-in's, in the same place. */
function nameIn(format: StyledFormat, speaker: string): { standIn: string; real: string } | undefined {
  const key = `${format}\u0000${speaker}`;
  if (!names.has(key)) {
    const probe = (name: string) => styledText(turnItem(PROBE, { anchor: 'probe', speaker: name, position: 1, url: PROBE.url }, PROBE_DAY), format);
    let standInProbe = standInProbes.get(format);
    if (standInProbe === undefined) standInProbes.set(format, (standInProbe = probe(STAND_IN.speaker)));
    const [standIn, real] = differingSpans(standInProbe, probe(speaker));
    names.set(key, standIn ? { standIn, real } : undefined);
  }
  return names.get(key);
}

/** The parts of `a` and `b` between their longest common start and their longest common end. */
function differingSpans(a: string, b: string): [string, string] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [a.slice(start, a.length - end), b.slice(start, b.length - end)];
}

function onlyOnce(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at >= 0 && text.indexOf(part, at + 1) < 0;
}
