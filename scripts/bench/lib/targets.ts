import type { SearchFigures } from './browser-search';
import { bytes, ms, seconds } from './format';
import type { BuildFigures } from './timed-build';

/** The targets on a 2-core machine, checked against what a bench run measured. */
export interface Target {
  name: string;
  met: boolean;
  /** What was measured, and by how much it misses or beats the limit. */
  detail: string;
}

/** What the targets are checked against: one archive size's figures. */
export interface MeasuredSize {
  size: number;
  cold: BuildFigures;
  warm: BuildFigures;
  added: BuildFigures;
  search: SearchFigures[];
  peakBytes: number;
  largestSpeakerPage: number;
  readingOverBudget: number;
}

const GB = 1024 ** 3;

/** Build limits by archive size (issue 14): seconds, and bytes for the largest process. */
export const BUILD_LIMITS: Record<number, { cold: number; unchanged: number; added: number; peakBytes: number }> = {
  1000: { cold: 120, unchanged: 10, added: 15, peakBytes: 2 * GB },
  10000: { cold: 20 * 60, unchanged: 30, added: 60, peakBytes: 4 * GB },
};

export const LIMITS = {
  /** One transcript added to 100, as a share of building all 100. */
  addedShareAt100: 0.25,
  speakerPageBytes: 200 * 1024,
  /** Search, at 1,000 and 10,000 transcripts. */
  firstQueryBytes: 300 * 1024,
  coldMs: 1000,
  warmMs: 100,
  filterCost: 1.5,
};

/** Sizes whose search the targets hold to. */
const SEARCH_SIZES = new Set([1000, 10000]);

export const target = (name: string, met: boolean, detail: string): Target => ({ name, met, detail });

/** `measured` against `limit` (at most): "12.3 s of ≤ 15 s (0.82 ×)". */
function atMost(name: string, measured: number, limit: number, format: (n: number) => string): Target {
  const ratio = measured / limit;
  const by = ratio > 1 ? `, over by ${((ratio - 1) * 100).toFixed(0)} %` : '';
  return target(name, measured <= limit, `${format(measured)} of ≤ ${format(limit)} (${ratio.toFixed(2)} × the limit${by})`);
}

/** Every target the sizes measured can be held to; sizes without targets add none. */
export function checkTargets(results: readonly MeasuredSize[]): Target[] {
  const targets: Target[] = [];
  for (const result of results) {
    const n = result.size.toLocaleString('en');
    const limits = BUILD_LIMITS[result.size];
    if (limits) {
      targets.push(
        atMost(`${n}: cold build`, result.cold.seconds, limits.cold, seconds),
        atMost(`${n}: rebuild, nothing changed`, result.warm.seconds, limits.unchanged, seconds),
        atMost(`${n}: rebuild, one transcript added`, result.added.seconds, limits.added, seconds),
        atMost(`${n}: peak memory, any process`, result.peakBytes, limits.peakBytes, bytes),
      );
    }
    if (result.size === 100) {
      const share = result.added.seconds / result.cold.seconds;
      targets.push(atMost(`100: one transcript added, as a share of the cold build (${seconds(result.added.seconds)} / ${seconds(result.cold.seconds)})`, share, LIMITS.addedShareAt100, (x) => `${x.toFixed(2)} ×`));
    }
    targets.push(target(`${n}: every transcript page ≤ 1.5 × its text (gzip) + 8 KB`, result.readingOverBudget === 0, `${result.readingOverBudget} over budget`));
    targets.push(atMost(`${n}: speaker pages`, result.largestSpeakerPage, LIMITS.speakerPageBytes, bytes));
    if (SEARCH_SIZES.has(result.size)) targets.push(...searchTargets(n, result.search));
  }
  return targets;
}

function searchTargets(n: string, search: readonly SearchFigures[]): Target[] {
  const targets: Target[] = [];
  for (const plain of search.filter((figures) => Object.keys(figures.filters).length === 0)) {
    const label = `${n}: "${plain.query}"`;
    targets.push(
      atMost(`${label}: first results painted, cold (page included)`, plain.coldMs, LIMITS.coldMs, ms),
      atMost(`${label}: warm`, plain.warmMs, LIMITS.warmMs, ms),
      atMost(`${label}: first query transfers (gzip, all)`, plain.bytes, LIMITS.firstQueryBytes, bytes),
    );
    for (const filtered of search.filter((figures) => figures.query === plain.query && Object.keys(figures.filters).length > 0)) {
      const cost = Math.max(filtered.coldMs / plain.coldMs, filtered.bytes / plain.bytes);
      const name = Object.keys(filtered.filters).join(' + ');
      targets.push(atMost(`${label}: ${name} filter cost (time ${ms(filtered.coldMs)}, ${bytes(filtered.bytes)}), the larger ratio`, cost, LIMITS.filterCost, (x) => `${x.toFixed(2)} ×`));
    }
  }
  return targets;
}

export function formatTargets(targets: readonly Target[]): string {
  if (targets.length === 0) return '(no targets at these sizes: the issue sets them at 100, 1,000 and 10,000)';
  return targets.map(({ name, met, detail }) => `${met ? '✓' : '✗'} ${name}: ${detail}`).join('\n');
}
