import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
export const TIME = '/usr/bin/time';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Astro's cache folder (data store and rendered transcripts), one per corpus. */
  cacheDir: string;
  /** Clear the content cache first (`astro build --force`): a cold build. */
  cold: boolean;
}

/** Seconds spent in each part of `astro build`, read from when its log lines arrive. */
export interface BuildPhases {
  /** Loading the transcripts: Markdown rendering, unless the cache already holds them. */
  content: number;
  /** Vite bundling the pages and the data store. */
  bundle: number;
  /** Rendering every page to HTML. */
  pages: number;
  /** After the pages: the `astro:build:done` hooks (the rest of the search index, the sitemap). */
  after: number;
  /** The search index, as its integration reports it: built beside the pages from the start. */
  search: number;
}

/** What the search index integration reports: its shards, and which were indexed again. */
export function searchSummary(output: string): string {
  return /indexed \d+ speaker turns in \d+ passages, (.*?) for search in/.exec(output)?.[1] ?? '–';
}

export interface BuildFigures {
  seconds: number;
  /** CPU time of the build's processes (user + system), which a loaded machine does not inflate. */
  cpuSeconds: number;
  phases: BuildPhases;
  /** Peak resident memory of the largest process (`/usr/bin/time -v`), in bytes. */
  peakBytes: number;
  /** Peak resident memory of the build's processes together (sampled from /proc), in bytes. */
  peakTreeBytes: number;
  /** What the build printed, for the log and for errors. */
  output: string;
}

/**
 * Runs `astro build` under `/usr/bin/time -v`, timing its phases from its log and sampling the
 * memory of its processes. A failed build throws with the build's own output.
 */
export async function timedBuild({ contentDir, outDir, cacheDir, cold }: BuildOptions): Promise<BuildFigures> {
  // A cold build starts from nothing. The others build into the dist/ of the build before, as
  // a rebuild on the same machine does: an unchanged page is then neither rendered nor copied
  // (src/integrations/kept-output.ts). A CI run that restores only node_modules/.astro pays
  // for copying every unchanged page from Astro's cache instead.
  if (cold) rmSync(outDir, { recursive: true, force: true });
  const args = ['-v', process.execPath, ASTRO, 'build', '--outDir', outDir, ...(cold ? ['--force'] : [])];
  const started = performance.now();
  const child = spawn(TIME, args, {
    cwd: ROOT,
    // Node's default heap limit (about 4 GB here) would stop a 10,000-transcript build before
    // it can be measured; the peak it reaches is what the bench reports against the target.
    env: { ...process.env, TRANSCRIPTS_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=8192`.trim() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const marks = new Map<string, number>();
  const lines: string[] = [];
  const mark = (name: string) => marks.set(name, (performance.now() - started) / 1000);
  const record = (raw: string) => {
    // Astro colours its log even into a pipe.
    const line = stripVTControlCharacters(raw);
    lines.push(line);
    if (/\[content\] Syncing content/.test(line)) mark('content-start');
    else if (/\[content\] Synced content/.test(line)) mark('content-end');
    else if (/generating static routes/.test(line)) mark('pages-start');
    else if (/\[build\] ✓ Completed in/.test(line)) mark('pages-end');
    else if (/page\(s\) built in/.test(line)) mark('done');
  };
  createInterface({ input: child.stdout }).on('line', record);
  createInterface({ input: child.stderr }).on('line', (line) => lines.push(line));
  let peakTreeBytes = 0;
  const sampler = setInterval(() => (peakTreeBytes = Math.max(peakTreeBytes, treeRss(child.pid))), 250);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const output = lines.join('\n');
  if (status !== 0) throw new Error(`the build of ${contentDir} failed:\n${output.split('\n').slice(-40).join('\n')}`);
  const at = (name: string) => marks.get(name) ?? Number.NaN;
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1]);
  const cpu = (name: string) => Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1]);
  return {
    seconds,
    cpuSeconds: cpu('User') + cpu('System'),
    phases: {
      content: at('content-end') - at('content-start'),
      bundle: at('pages-start') - at('content-end'),
      pages: at('pages-end') - at('pages-start'),
      after: at('done') - at('pages-end'),
      search: Number(/indexed \d+ speaker turns in \d+ passages.*? for search in ([\d.]+) s/.exec(output)?.[1]),
    },
    peakBytes: peakKb * 1024,
    peakTreeBytes,
    output,
  };
}

/** Resident memory of a process and all its descendants, from /proc (0 where there is none). */
function treeRss(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${pid}`)) return 0;
  let total = 0;
  const visit = (id: string) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      const children = readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) visit(child);
    } catch {
      // The process ended between two reads.
    }
  };
  visit(String(pid));
  return total;
}
