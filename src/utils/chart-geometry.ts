/** A horizontal run of the chart: where it starts and how wide it is, in chart units. */
export interface Span {
  x: number;
  width: number;
}

export interface ShareSpan extends Span {
  speaker: string;
  words: number;
  /** The speaker's words over all words, from 0 to 1. */
  share: number;
}

export interface TurnSpan extends Span {
  anchor: string;
  speaker: string;
  words: number;
}

export interface ChartInput {
  /** Speaker keys in the order the chart lists them. */
  speakers: readonly string[];
  turns: readonly { anchor: string; speaker: string; words: number }[];
  /** Width of the chart in its own units (default: 1000). */
  width?: number;
  /** The narrowest a turn may be drawn, so a one-word turn can still be seen and clicked (default: 2). */
  minTurnWidth?: number;
}

export interface ChartGeometry {
  width: number;
  /** One span per speaker who says anything, in `speakers` order, side by side. */
  shares: ShareSpan[];
  /** One span per turn, in order, each as wide as the turn is long (but never thinner than the minimum). */
  turns: TurnSpan[];
}

/**
 * Rounds to a whole unit: a thousandth of the chart's width (default), under half a pixel of
 * the sidebar it is drawn in, and short in the HTML, where a transcript of 140 turns wrote
 * 0.8 KB (gzip) more of decimals.
 */
const round = (value: number) => Math.round(value);

/**
 * The geometry of the conversation chart: the share of words per speaker as one bar, and the
 * sequence of turns as a strip. Both fill exactly `width`.
 */
export function chartGeometry({ speakers, turns, width = 1000, minTurnWidth = 2 }: ChartInput): ChartGeometry {
  const wordsBySpeaker = new Map(speakers.map((key) => [key, 0]));
  for (const turn of turns) {
    const words = wordsBySpeaker.get(turn.speaker);
    if (words === undefined) throw new Error(`turn ${turn.anchor} is by "${turn.speaker}", who is not among the chart's speakers`);
    wordsBySpeaker.set(turn.speaker, words + turn.words);
  }
  const total = [...wordsBySpeaker.values()].reduce((sum, words) => sum + words, 0);
  const speaking = speakers.filter((key) => (wordsBySpeaker.get(key) ?? 0) > 0);
  const shareWidths = layOut(speaking.map((key) => wordsBySpeaker.get(key) ?? 0), width, 0);
  const turnWidths = layOut(turns.map((turn) => turn.words), width, minTurnWidth);
  return {
    width,
    shares: place(shareWidths).map((span, index) => {
      const speaker = speaking[index] ?? '';
      const words = wordsBySpeaker.get(speaker) ?? 0;
      return { ...span, speaker, words, share: total === 0 ? 0 : words / total };
    }),
    turns: place(turnWidths).map((span, index) => {
      const turn = turns[index] ?? { anchor: '', speaker: '', words: 0 };
      return { ...span, anchor: turn.anchor, speaker: turn.speaker, words: turn.words };
    }),
  };
}

/**
 * Widths proportional to `weights` that add up to `width`, none under `minimum`. Items that
 * would be thinner are held at the minimum and the rest share what is left; when even the
 * minimum does not fit, every item gets an equal width.
 */
export function layOut(weights: readonly number[], width: number, minimum: number): number[] {
  if (weights.length === 0) return [];
  if (minimum * weights.length >= width) return weights.map(() => width / weights.length);
  const held = new Set<number>();
  for (;;) {
    const free = width - held.size * minimum;
    const freeWeight = weights.reduce((sum, weight, index) => (held.has(index) ? sum : sum + weight), 0);
    const widths = weights.map((weight, index) => {
      if (held.has(index)) return minimum;
      return freeWeight === 0 ? free / (weights.length - held.size) : (weight / freeWeight) * free;
    });
    const thin = widths.flatMap((value, index) => (!held.has(index) && value < minimum ? [index] : []));
    if (thin.length === 0) return widths;
    for (const index of thin) held.add(index);
  }
}

/** Lines spans up from 0, rounding each edge (not each width) so they meet with no gap. */
function place(widths: readonly number[]): Span[] {
  let edge = 0;
  return widths.map((value) => {
    const x = round(edge);
    edge += value;
    return { x, width: round(round(edge) - x) };
  });
}

/** How many speaker colours the palette holds (`--speaker-1` … in tokens.css). */
export const PALETTE_SIZE = 8;

/** The palette slot (1-based) of each speaker key, in the order given, repeating after the last. */
export function colourSlots(speakers: readonly string[]): Map<string, number> {
  return new Map(speakers.map((key, index) => [key, (index % PALETTE_SIZE) + 1]));
}

/**
 * The colour class of each speaker who speaks (`speaker-1`, `speaker-2`…), in the order the
 * front matter declares them: the chart, its legend and the turns all use this one map.
 */
export function speakerColours(speakers: readonly { key: string }[], turns: readonly { speaker: string }[]): Map<string, string> {
  const speaking = new Set(turns.map((turn) => turn.speaker));
  const slots = colourSlots(speakers.map((speaker) => speaker.key).filter((key) => speaking.has(key)));
  return new Map([...slots].map(([key, slot]) => [key, `speaker-${slot}`]));
}
