import { describe, expect, test } from 'vitest';
import { chunk, pagerItems } from '../../src/utils/pagination';

describe('chunk', () => {
  test('cuts a list into pages of the given size, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([1, 2], 2)).toEqual([[1, 2]]);
  });

  test('an empty list is one empty page', () => {
    expect(chunk([], 50)).toEqual([[]]);
  });

  test('refuses a page size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow('page size must be a positive integer, not 0');
  });
});

describe.each([
  [1, 1, [1]],
  [1, 2, [1, 2]],
  [1, 5, [1, 2, 'gap', 5]],
  [3, 5, [1, 2, 3, 4, 5]],
  [7, 20, [1, 'gap', 6, 7, 8, 'gap', 20]],
  [20, 20, [1, 'gap', 19, 20]],
  [4, 100, [1, 2, 3, 4, 5, 'gap', 100]],
] as const)('page %i of %i', (current, last, expected) => {
  test(`shows ${expected.join(' ')}`, () => {
    expect(pagerItems(current, last)).toEqual(expected);
  });
});

test('a page outside the range is an error', () => {
  expect(() => pagerItems(3, 2)).toThrow('page 3 is outside 1–2');
});
