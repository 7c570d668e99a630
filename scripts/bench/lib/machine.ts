import { cpus, loadavg, totalmem } from 'node:os';

/** What a figure was measured on: it means little without the machine and its load. */
export function describeMachine(): string {
  const [cpu] = cpus();
  const load = loadavg().map((value) => value.toFixed(2)).join(', ');
  return [
    `CPU: ${cpu?.model.trim() ?? 'unknown'} × ${cpus().length} cores`,
    `memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node ${process.version} on ${process.platform}`,
    `load average (1, 5, 15 min): ${load}`,
  ].join('; ');
}

/** The 1-minute load average, to note beside each measurement. */
export function currentLoad(): string {
  return loadavg()[0]?.toFixed(2) ?? '?';
}
