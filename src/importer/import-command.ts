/**
 * The import command, `npm run import`, as a function: it turns Kremlin transcript pages into
 * transcripts, one page pasted into a text file or saved as HTML, or a whole folder of them.
 * `scripts/import.ts` runs it with the process's arguments and streams; tests run it in their
 * own process.
 *
 *   npm run import -- <page.txt | page.html | folder/> [--out content/transcripts] [--slug <slug>]
 *                     [--source <url>] [--force] [--dry-run] [--speakers <file.json>]
 *
 * Paths are relative to the working directory. Warnings and errors go to `io.stderr` as
 * `file:line: message`. One file: the written path (or, with --dry-run, the Markdown) goes to
 * `io.stdout`. A folder: progress when stderr is a terminal, then a table of every file. The
 * result is the exit status: 0 all imported, 1 bad input in any file, 2 bad usage.
 *
 * ```ts
 * await importCommand(['raw.txt', '--dry-run'], { stdout: (text) => out.push(text), stderr: (text) => err.push(text), stderrIsTTY: false });
 * // → 0, and out holds the transcript's Markdown
 * ```
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArchiveSpeaker } from './archive-speakers';
import { importFile, type FileImportOptions, type FileOutcome } from './import-file';
import { importTable } from './import-table';
import { readArchive } from './read-archive';
import { readRawFile } from './read-raw-file';
import { readSpeakerOverrides } from './speaker-overrides';
import { speakerKeySchema, transcriptSchema } from '../schemas/transcript';
import { displayPath, SourceError } from '../utils/source-error';

const USAGE = `Usage: npm run import -- <page.txt | page.html | folder/> [--out <folder>] [--slug <slug>] [--source <url>] [--force] [--dry-run] [--speakers <file.json>]

  --out <folder>         where to write <slug>.md (default: content/transcripts)
  --slug <slug>          the file name and URL (default: the date and a short slug of the title; one file only)
  --source <url>         the page the text was copied from (default: the page's own address, then its "Direct link"; one file only)
  --speakers <file.json> fix speakers by the key the importer found: {"key": {"key", "name", "role"}}
  --force                replace existing files
  --dry-run              print the Markdown instead of writing it (one file only)`;

const DEFAULT_OUT = join(import.meta.dirname, '..', '..', 'content', 'transcripts');
/** The files a folder import reads: pasted pages and saved pages. */
const PAGE_FILE = /\.(?:txt|html?)$/iu;

/** Where the command writes: each call passes text exactly as written, newlines included. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, where a folder's import shows its progress. */
  stderrIsTTY: boolean;
}

class UsageError extends Error {}

/** Runs the command with its arguments (what follows `--`); resolves to the exit status. */
export async function importCommand(args: readonly string[], io: CommandIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`import: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`${error instanceof SourceError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = readArguments(args);
  const [argument] = positionals;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
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
  return folder ? importFolder(path, options, io) : importOne(path, options, io);
}

async function importOne(path: string, options: FileImportOptions, io: CommandIo): Promise<number> {
  const outcome = await importFile(path, options);
  for (const warning of outcome.warnings) io.stderr(`${warning}\n`);
  if (outcome.status === 'failed') {
    io.stderr(`${outcome.error}\n`);
    return 1;
  }
  if (outcome.markdown !== undefined) io.stdout(outcome.markdown);
  else if (outcome.outPath) io.stdout(`${displayPath(outcome.outPath)}\n`);
  return 0;
}

async function importFolder(folder: string, options: FileImportOptions, io: CommandIo): Promise<number> {
  const files = readdirSync(folder)
    .filter((name) => PAGE_FILE.test(name))
    .sort()
    .map((name) => join(folder, name));
  if (files.length === 0) throw new SourceError(folder, undefined, 'this folder holds no .txt or .html pages to import');
  const progress = io.stderrIsTTY;
  const archive: ArchiveSpeaker[] = [...options.archive];
  const slugs = new Map<string, string>();
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    if (progress) io.stderr(`\r\u001b[2K${index + 1} of ${files.length}: ${displayPath(file)}`);
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
  if (progress) io.stderr('\r\u001b[2K');
  for (const outcome of outcomes) for (const warning of outcome.warnings) io.stderr(`${warning}\n`);
  io.stdout(`${importTable(outcomes)}\n`);
  return outcomes.some((outcome) => outcome.status === 'failed') ? 1 : 0;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readArguments(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
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
