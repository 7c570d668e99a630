/**
 * `npm run bench [-- --sizes 1,100,1000] [--seed S] [--json FILE] [--keep]` generates a corpus
 * of each size, builds the site from it three times: cold (empty caches, `--force`), again
 * with nothing changed, and again with one transcript added (the corpus's next one); then
 * prints one table per size: build time by phase, memory, output size, the weight of reading
 * a transcript page, and search in Chromium (with and without a speaker or a year filter).
 * It ends with the issue's targets (`lib/targets.ts`), each met or not and by how much.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
import { checkTargets, formatTargets } from './lib/targets';
import { searchSummary, TIME, timedBuild, type BuildFigures } from './lib/timed-build';
import { writeCorpus } from '../../src/tooling/corpus/write-corpus';

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

export interface SizeResult {
  size: number;
  cold: BuildFigures;
  /** Built again with nothing changed. */
  warm: BuildFigures;
  /** Built again after one transcript was added. */
  added: BuildFigures;
  figures: Record<string, unknown>;
  search: SearchFigures[];
  /** The largest process of any of the three builds. */
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
  const withoutOutput = (build: BuildFigures) => ({ ...build, output: undefined });
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ machine: describeMachine(), results: results.map(({ cold, warm, added, ...rest }) => ({ ...rest, cold: withoutOutput(cold), warm: withoutOutput(warm), added: withoutOutput(added) })), targets }, null, 2)}\n`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

async function benchSize(size: number): Promise<SizeResult> {
  const corpusDir = join(work, `corpus-${size}`);
  const outDir = join(work, `dist-${size}`);
  const cacheDir = join(work, `cache-${size}`);
  const spareDir = join(work, `spare-${size}`);
  const corpus = writeCorpus({ count: size, seed: values.seed, out: corpusDir, spare: spareDir });
  const topSpeaker = busiestSpeaker(corpusDir);
  const topYear = busiestYear(corpusDir);
  console.error(`[${size}] corpus written; cold build (load ${currentLoad()})…`);
  const loadBefore = currentLoad();
  const cold = await timedBuild({ contentDir: corpusDir, outDir, cacheDir, cold: true });
  console.error(`[${size}] cold build ${seconds(cold.seconds)}; nothing changed…`);
  const warm = await timedBuild({ contentDir: corpusDir, outDir, cacheDir, cold: false });
  console.error(`[${size}] nothing changed ${seconds(warm.seconds)}; one transcript added…`);
  const [spare = ''] = readdirSync(spareDir);
  renameSync(join(spareDir, spare), join(corpusDir, spare));
  const added = await timedBuild({ contentDir: corpusDir, outDir, cacheDir, cold: false });
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
        search.push(await searchFigures(browser, site.url, query, { speaker: topSpeaker.key }));
        search.push(await searchFigures(browser, site.url, query, { year: topYear }));
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }

  const builds = [cold, warm, added];
  const peakBytes = Math.max(...builds.map((build) => build.peakBytes));
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
    ['build, nothing changed: wall (CPU)', `${seconds(warm.seconds)} (${seconds(warm.cpuSeconds)})`],
    ['  content / bundle / pages / after; index', phasesOf(warm)],
    [`build, one transcript added: wall (CPU)`, `${seconds(added.seconds)} (${seconds(added.cpuSeconds)}), ${spare.replace(/\.md$/, '')}`],
    ['  content / bundle / pages / after; index', phasesOf(added)],
    ['  one added / cold', `${(added.seconds / cold.seconds).toFixed(2)} ×`],
    ['  search shards: cold / unchanged / one added', [cold, warm, added].map((build) => searchSummary(build.output)).join(' / ')],
    ['peak memory: largest process (time -v)', `${bytes(peakBytes)} (cold ${bytes(cold.peakBytes)}, unchanged ${bytes(warm.peakBytes)}, one added ${bytes(added.peakBytes)})`],
    ['peak memory: all build processes', bytes(Math.max(...builds.map((build) => build.peakTreeBytes)))],
    ['dist/', `${bytes(dist.bytes)} in ${count(dist.files)} files`],
    ['search index (dist/pagefind/)', `${bytes(dist.searchBytes)} in ${count(dist.searchFiles)} files`],
    ['pages', `${count(dist.transcriptPages)} transcripts, ${count(dist.turnPages)} turn pages, ${count(dist.speakerPages)} speaker pages`],
    ['largest speaker page', dist.largestSpeakerPage ? `${bytes(dist.largestSpeakerPage.bytes)} HTML, ${dist.largestSpeakerPage.path}` : '– (no speaker pages)'],
    ['busiest speaker', `${topSpeaker.key}: ${count(topSpeaker.turns)} turns`],
    ['busiest year (the year filter)', topYear],
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
    const label = `search "${figures.query}"${Object.keys(figures.filters).map((name) => ` + ${name}`).join('')}`;
    rows.push([label, `cold ${ms(figures.coldMs)} (page ${ms(figures.pageMs)}), ${figures.requests} requests, ${bytes(figures.bytes)}; warm ${ms(figures.warmMs)}; ${figures.status}`]);
  }
  if (search.length === 0) rows.push(['search', '– (the site has no /search/ page)']);
  console.log(`\n${table(`N = ${count(size)}`, rows)}`);
  if (!values.keep) rmSync(outDir, { recursive: true, force: true });
  return { size, cold, warm, added, figures: { corpus, dist, reading, worst, median }, search, peakBytes, largestSpeakerPage: dist.largestSpeakerPage?.bytes ?? 0, readingOverBudget: overBudget };
}

function phasesOf(build: BuildFigures): string {
  const { content, bundle, pages, after, search } = build.phases;
  return `${[content, bundle, pages, after].map(seconds).join(' / ')}; ${seconds(search)}`;
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

/** The year with the most transcripts (file names start with the date): the year filter's case. */
function busiestYear(corpusDir: string): string {
  const years = new Map<string, number>();
  for (const name of readdirSync(corpusDir)) years.set(name.slice(0, 4), (years.get(name.slice(0, 4)) ?? 0) + 1);
  return [...years].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0] ?? '';
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
