import { execFileSync } from 'node:child_process';

/**
 * Builds the real site once before the tests that read `dist/`. Set SKIP_BUILD=1 to reuse a
 * build you just made: `npm test` does, as it builds the site beside the type check and lint.
 */
export default function buildSite(): void {
  if (process.env['SKIP_BUILD']) return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
