/**
 * Prints a citation as the site renders it, from the transcript file, with the same code:
 *
 *   npx tsx scripts/cite.ts <slug> [<anchor>] [--style apa|chicago|mla|bibtex|ris|csl-json]
 *   npm run cite -- 2022-02-18-russian-belarusian-talks vladimir-putin-2 --style apa
 *
 * Without `<anchor>` it cites the whole transcript; without `--style`, every format. SITE_URL
 * and BASE_PATH set the addresses as for a build, SOURCE_DATE_EPOCH the day retrieved.
 * `--bench` instead renders every turn of the transcript `--rounds` times (default 20) and
 * prints the milliseconds a turn takes in all formats.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CITATION_FORMATS, formatTitle, type CitationFormat } from '../src/citations/citation-formats';
import { transcriptCitations, turnCitations } from '../src/citations/page-citations';
import { readTurns } from '../src/plugins/read-turns';
import { buildSite } from '../src/utils/site-address';
import { readTranscriptFile } from '../src/utils/transcript-file';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { style: { type: 'string' }, bench: { type: 'boolean' }, rounds: { type: 'string', default: '20' } } });
const [slug, anchor] = positionals;
const formats = CITATION_FORMATS.map((format) => format.id as CitationFormat);
if (!slug || (values.style && !formats.includes(values.style as CitationFormat))) {
  console.error(`Usage: npx tsx scripts/cite.ts <slug> [<anchor>] [--style ${formats.join('|')}] [--bench [--rounds N]]`);
  process.exit(2);
}
const file = readTranscriptFile(join(resolve(process.env['TRANSCRIPTS_DIR'] ?? 'content/transcripts'), `${slug}.md`));
const { turns } = await readTurns(file);
const site = new URL(buildSite());

if (values.bench) {
  const started = performance.now();
  turnCitations(slug, file.data, turns[0] ?? { anchor: '', speaker: '', position: 1 }, site);
  console.log(`first citation (reading the styles, starting the engines): ${(performance.now() - started).toFixed(0)} ms`);
  const rounds = Number(values.rounds);
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let round = 0; round < rounds; round++) for (const turn of turns) turnCitations(slug, file.data, turn, site);
  const { user, system } = process.cpuUsage(cpu);
  const count = rounds * turns.length;
  // CPU time as well as wall time: on a shared machine the wall time counts other processes' turns.
  console.log(`${rounds} × ${turns.length} turns: ${((performance.now() - start) / count).toFixed(2)} ms a turn (${((user + system) / 1000 / count).toFixed(2)} ms of CPU) for all ${formats.length} formats`);
} else {
  const turn = anchor ? turns.find((one) => one.anchor === anchor) : undefined;
  if (anchor && !turn) {
    console.error(`${slug} has no turn "${anchor}"; its turns are ${turns.map((one) => one.anchor).join(', ')}`);
    process.exit(1);
  }
  const citations = turn ? turnCitations(slug, file.data, turn, site) : transcriptCitations(slug, file.data, site);
  for (const format of values.style ? [values.style as CitationFormat] : formats) console.log(values.style ? citations[format] : `${formatTitle(format)}\n${citations[format]}\n`);
}
