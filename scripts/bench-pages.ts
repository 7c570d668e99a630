/**
 * Sizes of the reader's pages at scale: builds a generated archive in which one speaker takes
 * 5,000 turns (100 transcripts of 50 turns each, answered by 40 rotating speakers) and prints
 * the HTML size of that speaker's pages, /speakers/, a transcript page and a turn page.
 *
 *   npm run bench:pages                 # the default archive
 *   npm run bench:pages -- --transcripts 20 --turns 50
 *
 * The target: no speaker page over 200 KB of HTML, however many turns the speaker has.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildFrom, contentFolder } from '../src/tooling/site-build';
import { SEED_FILE } from '../src/tooling/seed';
import { transcriptSource, type TranscriptSpec } from '../src/tooling/generated-transcripts';

const { values } = parseArgs({ options: { transcripts: { type: 'string', default: '100' }, turns: { type: 'string', default: '50' } } });
const transcriptCount = Number(values.transcripts);
const turnsEach = Number(values.turns);

// Realistic text: the seed transcript's own sentences, taken in turn.
const seedBody = readFileSync(SEED_FILE, 'utf8').split(/\n---\n/)[1] ?? '';
const sentences = seedBody
  .split('\n')
  .filter((line) => line && !line.startsWith('## '))
  .flatMap((line) => line.split(/(?<=[.?!])\s+/u));
let next = 0;
const text = (count: number) => Array.from({ length: count }, () => sentences[next++ % sentences.length]).join(' ');

const busy = { key: 'anna-ivanova', name: 'Anna Ivanova', role: 'Correspondent' };
const others = Array.from({ length: 40 }, (_, index) => ({ key: `speaker-${index + 1}`, name: `Speaker ${index + 1}`, role: 'Official' }));
const files: Record<string, string> = {};
for (let index = 0; index < transcriptCount; index++) {
  const date = new Date(Date.UTC(2005, 0, 1) + index * 7 * 86_400_000).toISOString().slice(0, 10);
  const other = others[index % others.length] ?? busy;
  const turns: TranscriptSpec['turns'] = [];
  for (let turn = 0; turn < turnsEach; turn++) turns.push([busy.key, text(3 + (turn % 5))], [other.key, text(2 + (turn % 7))]);
  const slug = `${date}-press-conference`;
  files[`${slug}.md`] = transcriptSource({ slug, title: `Press conference of ${date}`, date, speakers: [busy, other], turns });
}

console.log(`Building ${transcriptCount} transcripts; ${busy.name} takes ${transcriptCount * turnsEach} turns…`);
const started = performance.now();
const build = buildFrom(contentFolder(files));
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.output);
  process.exit(1);
}

const dist = build.outDir;
const size = (file: string) => {
  const bytes = readFileSync(join(dist, file));
  return { file, kb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024 };
};
const speakerPages = readdirSync(join(dist, 'speakers', busy.key), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('index.html'))
  .map((file) => size(join('speakers', busy.key, file)));
const largest = speakerPages.reduce((big, page) => (page.kb > big.kb ? page : big));
const firstSlug = Object.keys(files)[0]?.slice(0, -3) ?? '';
const htmlCount = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;

const rows = [
  [`${busy.name}'s pages`, `${speakerPages.length}`, ''],
  ['largest speaker page', `${largest.kb.toFixed(1)} KB`, `${largest.gzipKb.toFixed(1)} KB gzip`],
  ['/speakers/', `${size('speakers/index.html').kb.toFixed(1)} KB`, `${size('speakers/index.html').gzipKb.toFixed(1)} KB gzip`],
  ['a transcript page', `${size(`transcripts/${firstSlug}/index.html`).kb.toFixed(1)} KB`, `${size(`transcripts/${firstSlug}/index.html`).gzipKb.toFixed(1)} KB gzip`],
  ['a turn page', `${size(`transcripts/${firstSlug}/${busy.key}-1/index.html`).kb.toFixed(1)} KB`, `${size(`transcripts/${firstSlug}/${busy.key}-1/index.html`).gzipKb.toFixed(1)} KB gzip`],
  ['HTML pages built', `${htmlCount}`, ''],
  ['build time', `${seconds.toFixed(1)} s`, ''],
];
for (const [label, value, extra] of rows) console.log(`${(label ?? '').padEnd(24)} ${(value ?? '').padStart(10)}  ${extra}`);
console.log(largest.kb < 200 ? 'OK: every speaker page is under 200 KB.' : `OVER: ${largest.file} is ${largest.kb.toFixed(1)} KB.`);
if (statSync(dist).isDirectory()) rmSync(dirname(dist), { recursive: true, force: true });
