import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
/** Where `npm run build` writes the real site; the test run builds it once (tests/setup/build-site.ts). */
export const DIST = join(ROOT, 'dist');
/** Astro's command, run with this process's Node (22), without `npx` looking it up each time. */
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * The longest a fixture build may take before it is killed and fails: the largest the tests
 * make (60 generated transcripts) takes under a minute.
 */
const BUILD_TIMEOUT_MS = 10 * 60_000;

/**
 * `spawnSync` options that kill a command still running after `ms`. A synchronous command
 * blocks the test's worker, so no test timeout could stop one that hung, and the whole run
 * would wait for it: every command a test waits for gets these.
 */
export function killedAfter(ms: number) {
  return { timeout: ms, killSignal: 'SIGKILL' } as const;
}

export interface BuildResult {
  /** The build's exit status: 0 when it succeeded. */
  status: number | null;
  /** Everything the build printed, stdout and stderr together. */
  output: string;
  /** Where the site was (or would have been) written. */
  outDir: string;
}

/**
 * Vitest copies the test run's `import.meta.env` (BASE_URL, MODE, DEV…) into `process.env`,
 * and Astro would read them back: a child build must not inherit them.
 */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const leaked = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !leaked.has(name) && !name.startsWith('VITEST')));
  return { ...env, ...extra, ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * Where builds other than the real site's write: inside the project, so that each keeps its
 * own prerender chunks. Astro writes them into `outDir` only when that lies inside the working
 * directory, and into the project's own `.astro/` otherwise, where two builds at once (two test
 * files) delete each other's chunks and fail with ERR_MODULE_NOT_FOUND; and the chunks import
 * the project's packages, so they must lie where `node_modules` is found.
 */
export const BUILDS = join(ROOT, 'node_modules', '.cache', 'transcript-builds');

/**
 * Builds the site from a folder of transcripts into a fresh folder under {@link BUILDS}, or
 * again into `into` (an earlier build's `outDir`, kept as it is, with its cache beside it).
 * `env` adds settings such as `BASE_PATH` or `SITE_URL`.
 */
export function buildFrom(contentDir: string, env: Record<string, string> = {}, into?: string): BuildResult {
  mkdirSync(BUILDS, { recursive: true });
  const outDir = into ?? join(mkdtempSync(join(BUILDS, 'dist-')), 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv({ ASTRO_CACHE_DIR: join(dirname(outDir), 'cache'), ...env, TRANSCRIPTS_DIR: contentDir }),
    ...killedAfter(BUILD_TIMEOUT_MS),
  });
  const killed = result.error ? `\nthe build was stopped: ${result.error.message} (after at most ${BUILD_TIMEOUT_MS / 60_000} min)` : '';
  return { status: result.status, output: `${result.stdout}\n${result.stderr}${killed}`, outDir };
}

/**
 * A temporary transcripts folder holding the given files (name → contents). It is the
 * `transcripts/` folder of a fresh content folder, as `content/transcripts/` is, so the anchors
 * manifest beside it (`anchors.json`, see {@link writeAnchorsManifest}) belongs to it alone.
 */
export function contentFolder(files: Record<string, string | Buffer>, copyFrom?: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'transcripts-content-')), 'transcripts');
  mkdirSync(dir, { recursive: true });
  if (copyFrom) cpSync(copyFrom, dir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
  return dir;
}

/** Publishes anchors for a folder made by {@link contentFolder}: writes the manifest beside it. */
export function writeAnchorsManifest(transcriptsDir: string, manifest: Record<string, string[]>): void {
  writeFileSync(join(transcriptsDir, '..', 'anchors.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
