/**
 * `npm run bench [-- --sizes 1,100,1000] [--seed S] [--json FILE] [--keep]` generates a corpus
 * of each size, builds the site from it cold (empty cache) and warm (cache kept), and prints one
 * table per size: build time by phase, memory, output size, the weight of reading a transcript
 * page, and search in Chromium. It ends with the issue's targets, each met or not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../src/tooling/chromium';
import { readingFigures } from './lib/browser-reading';
import { searchFigures, type SearchFigures } from './lib/browser-search';
import { serveLikeCdn } from './lib/cdn-server';
import { distFigures } from './lib/dist-figures';
import { bytes, count, ms, seconds, table } from './lib/format';
import { currentLoad, describeMachine } from './lib/machine';
import { budgetFor, transcriptPageWeights } from './lib/page-weight';
import { formatTargets, LIMITS, target, type Target } from './lib/targets';
import { TIME, timedBuild, type BuildFigures } from './lib/timed-build';
import { writeCorpus } from './write-corpus';

/** Searches a reader might run on the archive: a common word, a name, a phrase. */
const QUERIES = ['sanctions', 'Union State', 'potassium fertilisers'];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,100,1000' },
    seed: { type: 'string', default: 'transcripts' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes takes whole numbers separated by commas, such as 1,100,1000; not "${values.sizes}"`);
  process.exit(2);
}
ensureTimeCommand();

interface SizeResult {
  size: number;
  cold: BuildFigures;
  warm: BuildFigures;
  figures: Record<string, unknown>;
  search: SearchFigures[];
  peakBytes: number;
  largestSpeakerPage: number;
  readingOverBudget: number;
}

const work = mkdtempSync(join(tmpdir(), 'transcripts-bench-'));
console.log(`Machine: ${describeMachine()}`);
console.log(`Working in ${work}${values.keep ? '' : ' (removed at the end; --keep keeps it)'}\n`);
const results: SizeResult[] = [];
try {
  for (const size of sizes) results.push(await benchSize(size));
  const targets = checkTargets(results);
  console.log(`\nTargets\n-------\n${formatTargets(targets)}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ machine: describeMachine(), results: results.map(({ cold, warm, ...rest }) => ({ ...rest, cold: { ...cold, output: undefined }, warm: { ...warm, output: undefined } })), targets }, null, 2)}\n`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

async function benchSize(size: number): Promise<SizeResult> {
  const corpusDir = join(work, `corpus-${size}`);
  const outDir = join(work, `dist-${size}`);
  const cacheDir = join(work, `cache-${size}`);
  const corpus = writeCorpus({ count: size, seed: values.seed, out: corpusDir });
  const topSpeaker = busiestSpeaker(corpusDir);
  console.error(`[${size}] corpus written; cold build (load ${currentLoad()})…`);
  const loadBefore = currentLoad();
  const cold = await timedBuild({ contentDir: corpusDir, outDir, cacheDir, cold: true });
  console.error(`[${size}] cold build ${seconds(cold.seconds)}; warm build…`);
  const warm = await timedBuild({ contentDir: corpusDir, outDir, cacheDir, cold: false });
  const loadAfter = currentLoad();
  const dist = distFigures(outDir);
  const weights = transcriptPageWeights(outDir, corpusDir);
  const median = [...weights].sort((a, b) => a.textGzip - b.textGzip)[Math.floor(weights.length / 2)];
  const worst = weights[0];
  const overBudget = weights.filter((w) => w.pageGzip > budgetFor(w.textGzip)).length;

  console.error(`[${size}] browser figures…`);
  const [browser, site] = await Promise.all([launchBrowser(), serveLikeCdn(outDir)]);
  const search: SearchFigures[] = [];
  let reading;
  try {
    reading = median ? await readingFigures(browser, site.url, `/transcripts/${median.slug}/`) : undefined;
    if (existsSync(join(outDir, 'search', 'index.html'))) {
      // The browser's own start-up (processes, code caches) is not the reader's cold cache.
      await searchFigures(browser, site.url, QUERIES[0] ?? 'sanctions');
      for (const query of QUERIES) {
        search.push(await searchFigures(browser, site.url, query));
        search.push(await searchFigures(browser, site.url, query, topSpeaker.key));
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }

  const peakBytes = Math.max(cold.peakBytes, warm.peakBytes);
  const rows: [string, string][] = [
    ['corpus', `${count(corpus.count)} transcripts, ${count(corpus.words)} words, ${count(corpus.turns)} turns (seed "${values.seed}")`],
    ['machine load (1 min) before / after', `${loadBefore} / ${loadAfter}`],
    ['build, cold cache: wall (CPU)', `${seconds(cold.seconds)} (${seconds(cold.cpuSeconds)})`],
    ['  content: Markdown → turns', seconds(cold.phases.content)],
    ['  bundle (Vite)', seconds(cold.phases.bundle)],
    ['  pages → HTML (Astro)', seconds(cold.phases.pages)],
    ['  search index (Pagefind, beside the pages)', seconds(cold.phases.search)],
    ['  after the pages (rest of index, sitemap)', seconds(cold.phases.after)],
    ['  per transcript', ms((cold.seconds / size) * 1000)],
    ['build, warm cache: wall (CPU)', `${seconds(warm.seconds)} (${seconds(warm.cpuSeconds)})`],
    ['  content / bundle / pages / after; index', `${[warm.phases.content, warm.phases.bundle, warm.phases.pages, warm.phases.after].map(seconds).join(' / ')}; ${seconds(warm.phases.search)}`],
    ['peak memory: largest process (time -v)', bytes(peakBytes)],
    ['peak memory: all build processes', bytes(Math.max(cold.peakTreeBytes, warm.peakTreeBytes))],
    ['dist/', `${bytes(dist.bytes)} in ${count(dist.files)} files`],
    ['search index (dist/pagefind/)', `${bytes(dist.searchBytes)} in ${count(dist.searchFiles)} files`],
    ['pages', `${count(dist.transcriptPages)} transcripts, ${count(dist.turnPages)} turn pages, ${count(dist.speakerPages)} speaker pages`],
    ['largest speaker page', dist.largestSpeakerPage ? `${bytes(dist.largestSpeakerPage.bytes)} HTML, ${dist.largestSpeakerPage.path}` : '– (no speaker pages)'],
    ['busiest speaker', `${topSpeaker.key}: ${count(topSpeaker.turns)} turns`],
  ];
  if (reading && median) {
    rows.push(
      ['read a transcript (median size)', `${reading.path}`],
      ['  needed to read (JS off)', `${count(reading.requestsWithoutJs)} requests, ${bytes(reading.bytesWithoutJs)} gzip; budget ${bytes(budgetFor(median.textGzip))} (1.5 × ${bytes(median.textGzip)} text + 8 KB); ${reading.turnsWithoutJs} turns shown, ${reading.readableWithoutJs ? 'all readable' : 'NOT all readable'}`],
      ['  with JS on (turn actions, search box)', `${count(reading.requests)} requests, ${bytes(reading.bytes)} gzip, of which JavaScript ${bytes(reading.scriptBytes)}`],
    );
  }
  if (worst) rows.push(['transcript pages over budget', `${overBudget} of ${weights.length} (heaviest: ${(worst.pageGzip / budgetFor(worst.textGzip)).toFixed(2)} × budget, /transcripts/${worst.slug}/)`]);
  for (const figures of search) {
    const label = `search "${figures.query}"${figures.speaker ? ` + speaker` : ''}`;
    rows.push([label, `cold ${ms(figures.coldMs)} (page ${ms(figures.pageMs)}), ${figures.requests} requests, ${bytes(figures.bytes)}; warm ${ms(figures.warmMs)}; ${figures.status}`]);
  }
  if (search.length === 0) rows.push(['search', '– (the site has no /search/ page)']);
  console.log(`\n${table(`N = ${count(size)}`, rows)}`);
  if (!values.keep) rmSync(outDir, { recursive: true, force: true });
  return { size, cold, warm, figures: { corpus, dist, reading, worst, median }, search, peakBytes, largestSpeakerPage: dist.largestSpeakerPage?.bytes ?? 0, readingOverBudget: overBudget };
}

function checkTargets(results: readonly SizeResult[]): Target[] {
  const largest = results.at(-1);
  if (!largest) return [];
  const n = count(largest.size);
  const targets: Target[] = [
    target(`build + index ${n} transcripts < ${LIMITS.buildSeconds} s (cold cache)`, largest.cold.seconds < LIMITS.buildSeconds, `${seconds(largest.cold.seconds)} cold, ${seconds(largest.warm.seconds)} warm`),
    target(`peak memory < 2 GB at ${n}`, largest.peakBytes < LIMITS.peakBytes, bytes(largest.peakBytes)),
    target(`every transcript page ≤ 1.5 × its text (gzip) + 8 KB`, largest.readingOverBudget === 0, `${largest.readingOverBudget} over budget`),
    target(`speaker pages < 200 KB of HTML`, largest.largestSpeakerPage < LIMITS.speakerPageBytes, bytes(largest.largestSpeakerPage)),
  ];
  const hundred = results.find((result) => result.size === 100);
  if (hundred && largest.size > 100) {
    const ratio = largest.cold.seconds / largest.size / (hundred.cold.seconds / hundred.size);
    targets.push(target(`time per transcript at ${n} ≤ ${LIMITS.perTranscriptGrowth} × at 100`, ratio <= LIMITS.perTranscriptGrowth, `${ratio.toFixed(2)} ×`));
  }
  const plain = largest.search.filter((s) => !s.speaker);
  for (const figures of plain) {
    const filtered = largest.search.find((s) => s.speaker && s.query === figures.query);
    targets.push(
      target(`"${figures.query}": first query < 300 KB`, figures.bytes < LIMITS.firstQueryBytes, bytes(figures.bytes)),
      target(`"${figures.query}": cold < 300 ms, warm < 50 ms`, figures.coldMs < LIMITS.coldMs && figures.warmMs < LIMITS.warmMs, `${ms(figures.coldMs)}, ${ms(figures.warmMs)}`),
    );
    if (filtered) {
      const cost = Math.max(filtered.coldMs / figures.coldMs, filtered.bytes / figures.bytes);
      targets.push(target(`"${figures.query}": speaker filter ≤ 1.5 × without`, cost <= LIMITS.filterCost, `${cost.toFixed(2)} × (time ${ms(filtered.coldMs)}, ${bytes(filtered.bytes)})`));
    }
  }
  return targets;
}

/** The speaker with the most turns: the worst case for speaker pages and the speaker filter. */
function busiestSpeaker(corpusDir: string): { key: string; turns: number } {
  const turns = new Map<string, number>();
  for (const name of readdirSync(corpusDir)) {
    for (const match of readFileSync(join(corpusDir, name), 'utf8').matchAll(/^## (\S+)$/gm)) turns.set(match[1] ?? '', (turns.get(match[1] ?? '') ?? 0) + 1);
  }
  const [key = '', most = 0] = [...turns].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { key, turns: most };
}

/** Memory is measured with GNU time; Debian ships it as the `time` package. */
function ensureTimeCommand(): void {
  if (existsSync(TIME)) return;
  console.error(`${TIME} is missing; installing the "time" package…`);
  const install = spawnSync('sh', ['-c', 'apt-get install -y -qq time || (apt-get update -qq && apt-get install -y -qq time)'], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(TIME)) {
    console.error(`Could not install ${TIME}: run "apt-get install time" and try again.`);
    process.exit(1);
  }
}
