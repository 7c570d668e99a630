import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { killedAfter } from '../../src/tooling/site-build';

const ROOT = join(import.meta.dirname, '..', '..');

/** A command a test waits for is killed after 5 minutes; the longest, a whole import, takes seconds. */
export const STOPPED_IF_HUNG = killedAfter(5 * 60_000);

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's command-line scripts as `npm run` does (`node --import tsx
 * scripts/x.ts`, from the project root, with `INIT_CWD` naming the folder it was called from),
 * without starting npm itself: npm's own start-up took half of each run's time.
 *
 * ```ts
 * runScript('scripts/import.ts', ['raw.txt', '--out', 'out'], { cwd: folder });
 * ```
 */
export function runScript(script: string, args: readonly string[] = [], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ScriptRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...options.env, INIT_CWD: options.cwd ?? ROOT },
    ...STOPPED_IF_HUNG,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
