import { bytes, ms, seconds } from './format';

/** The targets on a 2-core machine, checked against what a bench run measured. */
export interface Target {
  name: string;
  met: boolean;
  detail: string;
}

export const LIMITS = {
  buildSeconds: 120,
  perTranscriptGrowth: 1.2,
  peakBytes: 2 * 1024 ** 3,
  speakerPageBytes: 200 * 1024,
  firstQueryBytes: 300 * 1024,
  coldMs: 300,
  warmMs: 50,
  filterCost: 1.5,
};

export const target = (name: string, met: boolean, detail: string): Target => ({ name, met, detail });

export function formatTargets(targets: readonly Target[]): string {
  return targets.map(({ name, met, detail }) => `${met ? '✓' : '✗'} ${name}: ${detail}`).join('\n');
}

export { bytes, ms, seconds };
