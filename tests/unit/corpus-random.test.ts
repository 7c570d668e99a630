import { describe, expect, test } from 'vitest';
import { createRandom } from '../../src/tooling/corpus/random';

const draws = (seed: string, n = 5) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('the seeded random source', () => {
  test('gives the same sequence for the same seed and another for another seed', () => {
    expect(draws('a')).toEqual(draws('a'));
    expect(draws('a')).not.toEqual(draws('b'));
    for (const value of draws('a', 1000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  test('forks are independent: drawing from one never shifts another', () => {
    const one = createRandom('s');
    const two = createRandom('s');
    one.fork('x').next();
    one.next();
    expect(one.fork('y').next()).toBe(two.fork('y').next());
    expect(createRandom('s').fork('x').next()).not.toBe(createRandom('s').fork('y').next());
  });

  test('int, logUniform and weighted stay in range and cover it', () => {
    const random = createRandom('range');
    const ints = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
    expect([...ints].sort()).toEqual([2, 3, 4, 5]);
    const sizes = Array.from({ length: 2000 }, () => random.logUniform(500, 40_000));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(500);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(40_000);
    // Log-uniform: about half the values fall below the geometric mean (~4,472).
    expect(sizes.filter((size) => size < 4472).length / sizes.length).toBeCloseTo(0.5, 1);
    const picks = Array.from({ length: 1000 }, () => random.weighted([0, 1, 3]));
    expect(picks).not.toContain(0);
    expect(picks.filter((index) => index === 2).length).toBeGreaterThan(650);
  });
});
