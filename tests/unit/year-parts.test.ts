import { describe, expect, test } from 'vitest';
import { yearParts } from '../../src/integrations/sharded-index';

/** A year's passages by month (January first), counted over months `from` to `to` as the index counts them. */
const year = (byMonth: readonly number[]) => (from: number, to: number) => byMonth.slice(from - 1, to).reduce((sum, n) => sum + n, 0);

describe('the parts of a year its search shards hold', () => {
  test('a year that fits is one shard', () => {
    expect(yearParts(year([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]), 1200)).toEqual([undefined]);
  });

  test('a larger year is split into halves, newest first, when each half fits', () => {
    expect(yearParts(year([200, 200, 200, 200, 200, 200, 150, 150, 150, 150, 150, 150]), 1200)).toEqual([
      [7, 12],
      [1, 6],
    ]);
  });

  test('into quarters when a half does not fit, even if the other half would', () => {
    expect(yearParts(year([300, 300, 300, 300, 300, 300, 100, 100, 100, 100, 100, 100]), 1500)).toEqual([
      [10, 12],
      [7, 9],
      [4, 6],
      [1, 3],
    ]);
  });

  test('into months when no quarter fits, and a month holds what it holds', () => {
    const parts = yearParts(year([5000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10]), 2000);
    expect(parts).toHaveLength(12);
    expect(parts[0]).toEqual([12, 12]);
    expect(parts.at(-1)).toEqual([1, 1]);
  });

  test('the bounds are the calendar’s, whatever the counts: a transcript added to a part changes that part alone', () => {
    const before = yearParts(year([400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400]), 2000);
    const after = yearParts(year([400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 460]), 2000);
    expect(after).toEqual(before);
  });
});
