import { describe, expect, test } from 'vitest';
import { chartGeometry, colourSlots, layOut, PALETTE_SIZE } from '../../src/utils/chart-geometry';
import { loadSeed } from '../helpers/seed';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('layOut', () => {
  test('widths are proportional to the weights and fill the width', () => {
    expect(layOut([1, 3], 100, 0)).toEqual([25, 75]);
  });

  test('no item is thinner than the minimum; the others share what is left in proportion', () => {
    const widths = layOut([1, 500, 499], 1000, 10);
    expect(widths[0]).toBe(10);
    expect(sum(widths)).toBeCloseTo(1000, 9);
    expect((widths[1] ?? 0) / (widths[2] ?? 1)).toBeCloseTo(500 / 499, 9);
  });

  test('when even the minimum does not fit, items share the width equally', () => {
    expect(layOut([1, 2, 3, 4], 6, 2)).toEqual([1.5, 1.5, 1.5, 1.5]);
  });

  test('zero weights share equally rather than divide by zero', () => {
    expect(layOut([0, 0], 10, 0)).toEqual([5, 5]);
    expect(layOut([], 10, 1)).toEqual([]);
  });
});

describe('chart geometry of the seed transcript', async () => {
  const { data, turns } = await loadSeed();
  const geometry = chartGeometry({ speakers: data.speakers.map((speaker) => speaker.key), turns });

  test('one share per speaker, side by side from 0 to the full width, in declared order', () => {
    expect(geometry.shares.map((span) => span.speaker)).toEqual(['vladimir-putin', 'alexander-lukashenko', 'andrei-kolesnikov', 'alyona-syrova']);
    expect(geometry.shares[0]?.x).toBe(0);
    for (const [index, span] of geometry.shares.entries()) {
      const next = geometry.shares[index + 1];
      expect(next ? next.x : geometry.width).toBeCloseTo(span.x + span.width, 9);
    }
  });

  test('each share is the speaker’s words over all words, and the widths follow', () => {
    const total = sum(turns.map((turn) => turn.words));
    for (const span of geometry.shares) {
      const words = sum(turns.filter((turn) => turn.speaker === span.speaker).map((turn) => turn.words));
      expect(span.words).toBe(words);
      expect(span.share).toBeCloseTo(words / total, 12);
      // Each edge is rounded to a whole unit, so a width is within one unit of its share.
      expect(Math.abs(span.width - span.share * 1000)).toBeLessThanOrEqual(1);
    }
    expect(sum(geometry.shares.map((span) => span.share))).toBeCloseTo(1, 12);
  });

  test('one segment per turn, in order, contiguous, ending at the full width', () => {
    expect(geometry.turns.map((span) => span.anchor)).toEqual(turns.map((turn) => turn.anchor));
    let edge = 0;
    for (const span of geometry.turns) {
      expect(span.x).toBeCloseTo(edge, 9);
      edge = span.x + span.width;
    }
    expect(edge).toBeCloseTo(1000, 9);
  });

  test('a longer turn is a wider segment, and the shortest is still visible', () => {
    const byWords = [...geometry.turns].sort((a, b) => a.words - b.words);
    for (let index = 1; index < byWords.length; index++) {
      expect(byWords[index]?.width).toBeGreaterThanOrEqual(byWords[index - 1]?.width ?? 0);
    }
    expect(byWords[0]?.width).toBeGreaterThanOrEqual(2);
  });
});

test('a silent speaker has no share, and an unknown speaker is an error', () => {
  const turns = [{ anchor: 'a-1', speaker: 'a', words: 3 }];
  expect(chartGeometry({ speakers: ['a', 'b'], turns }).shares.map((span) => span.speaker)).toEqual(['a']);
  expect(() => chartGeometry({ speakers: ['a'], turns: [{ anchor: 'c-1', speaker: 'c', words: 1 }] })).toThrow('"c"');
});

test('colour slots follow the speaker order and wrap after the palette', () => {
  const keys = Array.from({ length: PALETTE_SIZE + 2 }, (_, index) => `s${index}`);
  const slots = colourSlots(keys);
  expect(slots.get('s0')).toBe(1);
  expect(slots.get(`s${PALETTE_SIZE - 1}`)).toBe(PALETTE_SIZE);
  expect(slots.get(`s${PALETTE_SIZE}`)).toBe(1);
});
