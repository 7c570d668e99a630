import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  /** The build's exit status: 0 when it succeeded. */
  status: number | null;
  /** Everything the build printed, stdout and stderr together. */
  output: string;
  /** Where the site was (or would have been) written. */
  outDir: string;
}

/**
 * Builds the site from a folder of transcripts into a fresh temporary folder; `env` adds
 * settings such as `BASE_PATH`.
 */
export function buildFrom(contentDir: string, env: Record<string, string> = {}): BuildResult {
  const outDir = join(mkdtempSync(join(tmpdir(), 'transcripts-dist-')), 'dist');
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ...env, TRANSCRIPTS_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** A temporary transcripts folder holding the given files (name → contents). */
export function contentFolder(files: Record<string, string | Buffer>, copyFrom?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'transcripts-content-'));
  if (copyFrom) cpSync(copyFrom, dir, { recursive: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
  return dir;
}
