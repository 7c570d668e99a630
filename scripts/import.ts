/**
 * Turns Kremlin transcript pages into transcripts: one page pasted into a text file or saved
 * as HTML, or a whole folder of them.
 *
 *   npm run import -- <page.txt | page.html | folder/> [--out content/transcripts] [--slug <slug>]
 *                     [--source <url>] [--force] [--dry-run] [--speakers <file.json>]
 *
 * Paths are relative to the folder the command is run from. Warnings and errors go to stderr
 * as `file:line: message`. One file: the written path (or, with --dry-run, the Markdown) goes
 * to stdout. A folder: progress on a terminal, then a table of every file. Exit status: 0 all
 * imported, 1 bad input in any file, 2 bad usage.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArchiveSpeaker } from '../src/importer/archive-speakers';
import { importFile, type FileImportOptions, type FileOutcome } from '../src/importer/import-file';
import { importTable } from '../src/importer/import-table';
import { readArchive } from '../src/importer/read-archive';
import { readRawFile } from '../src/importer/read-raw-file';
import { readSpeakerOverrides } from '../src/importer/speaker-overrides';
import { speakerKeySchema, transcriptSchema } from '../src/schemas/transcript';
import { displayPath, SourceError } from '../src/utils/source-error';

const USAGE = `Usage: npm run import -- <page.txt | page.html | folder/> [--out <folder>] [--slug <slug>] [--source <url>] [--force] [--dry-run] [--speakers <file.json>]

  --out <folder>         where to write <slug>.md (default: content/transcripts)
  --slug <slug>          the file name and URL (default: the date and a short slug of the title; one file only)
  --source <url>         the page the text was copied from (default: the page's own address, then its "Direct link"; one file only)
  --speakers <file.json> fix speakers by the key the importer found: {"key": {"key", "name", "role"}}
  --force                replace existing files
  --dry-run              print the Markdown instead of writing it (one file only)`;

const DEFAULT_OUT = join(import.meta.dirname, '..', 'content', 'transcripts');
/** The files a folder import reads: pasted pages and saved pages. */
const PAGE_FILE = /\.(?:txt|html?)$/iu;

class UsageError extends Error {}

async function main(): Promise<number> {
  // npm runs scripts from the project root; paths on the command line mean the caller's folder.
  if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);
  const { values, positionals } = readArguments();
  const [argument] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || argument === undefined) throw new UsageError('give exactly one page file or folder');
  if (values.source !== undefined && !transcriptSchema.shape.source.safeParse(values.source).success) {
    throw new UsageError(`--source "${values.source}" is not an http(s) URL`);
  }
  if (values.slug !== undefined && !speakerKeySchema.safeParse(values.slug).success) {
    throw new UsageError(`--slug "${values.slug}" is not a slug: use lowercase letters, digits and single hyphens`);
  }
  const path = resolve(argument);
  const folder = isFolder(path);
  if (folder) {
    for (const option of ['slug', 'source', 'dry-run'] as const) if (values[option]) throw new UsageError(`--${option} is for one file, not a folder`);
  }

  const out = resolve(values.out ?? DEFAULT_OUT);
  const speakers = values.speakers === undefined ? undefined : readSpeakerOverrides(resolve(values.speakers), readRawFile(resolve(values.speakers)));
  const options: FileImportOptions = { out, slug: values.slug, source: values.source, speakers, archive: readArchive(out), force: values.force, dryRun: values['dry-run'], keepExisting: folder };
  return folder ? importFolder(path, options) : importOne(path, options);
}

async function importOne(path: string, options: FileImportOptions): Promise<number> {
  const outcome = await importFile(path, options);
  for (const warning of outcome.warnings) console.warn(warning);
  if (outcome.status === 'failed') {
    console.error(outcome.error);
    return 1;
  }
  if (outcome.markdown !== undefined) process.stdout.write(outcome.markdown);
  else if (outcome.outPath) console.log(displayPath(outcome.outPath));
  return 0;
}

async function importFolder(folder: string, options: FileImportOptions): Promise<number> {
  const files = readdirSync(folder)
    .filter((name) => PAGE_FILE.test(name))
    .sort()
    .map((name) => join(folder, name));
  if (files.length === 0) throw new SourceError(folder, undefined, 'this folder holds no .txt or .html pages to import');
  const progress = process.stderr.isTTY;
  const archive: ArchiveSpeaker[] = [...options.archive];
  const slugs = new Map<string, string>();
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    if (progress) process.stderr.write(`\r\u001b[2K${index + 1} of ${files.length}: ${displayPath(file)}`);
    let outcome = await importFile(file, { ...options, archive });
    const earlier = outcome.slug === undefined ? undefined : slugs.get(outcome.slug);
    if (earlier !== undefined) {
      outcome = { file: outcome.file, status: 'failed', warnings: outcome.warnings, error: `${outcome.file}: its slug "${outcome.slug}" is also that of ${earlier}: import one of them alone with --slug` };
    } else if (outcome.slug !== undefined && outcome.status !== 'failed') {
      slugs.set(outcome.slug, outcome.file);
      archive.push(...(outcome.speakers ?? []).map((speaker) => ({ ...speaker, file: `${outcome.slug}.md` })));
    }
    outcomes.push(outcome);
  }
  if (progress) process.stderr.write('\r\u001b[2K');
  for (const outcome of outcomes) for (const warning of outcome.warnings) console.warn(warning);
  console.log(importTable(outcomes));
  return outcomes.some((outcome) => outcome.status === 'failed') ? 1 : 0;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        slug: { type: 'string' },
        source: { type: 'string' },
        speakers: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`import: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      console.error(error instanceof SourceError ? error.message : error);
      process.exitCode = 1;
    }
  },
);
