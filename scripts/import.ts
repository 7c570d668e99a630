/**
 * Turns the text of a kremlin.ru transcript page, pasted into a file, into a transcript:
 *
 *   npm run import -- raw.txt [--out content/transcripts] [--slug <slug>] [--source <url>]
 *                             [--force] [--dry-run] [--speakers <file.json>]
 *
 * Paths are relative to the folder the command is run from. Warnings and errors go to stderr
 * as `file:line: message`; on success the written path (or, with --dry-run, the Markdown)
 * goes to stdout. Exit status: 0 written, 1 bad input, 2 bad usage.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from '../src/importer/import-problem';
import { checkMarkdown } from '../src/importer/check-markdown';
import { prepareImport } from '../src/importer/import-transcript';
import { readRawFile } from '../src/importer/read-raw-file';
import { defaultSlug } from '../src/importer/slug';
import { readSpeakerOverrides } from '../src/importer/speaker-overrides';
import { alreadyExists, writeAtomically } from '../src/importer/write-atomically';
import { speakerKeySchema, transcriptSchema } from '../src/schemas/transcript';
import { displayPath, SourceError } from '../src/utils/source-error';

const USAGE = `Usage: npm run import -- <raw.txt> [--out <folder>] [--slug <slug>] [--source <url>] [--force] [--dry-run] [--speakers <file.json>]

  --out <folder>         where to write <slug>.md (default: content/transcripts)
  --slug <slug>          the file name and URL (default: the date and a short slug of the title)
  --source <url>         the page the text was copied from (default: its "Direct link")
  --speakers <file.json> fix speakers by the key the importer found: {"key": {"key", "name", "role"}}
  --force                replace an existing file
  --dry-run              print the Markdown instead of writing it`;

const DEFAULT_OUT = join(import.meta.dirname, '..', 'content', 'transcripts');

class UsageError extends Error {}

async function main(): Promise<string | undefined> {
  // npm runs scripts from the project root; paths on the command line mean the caller's folder.
  if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);
  const { values, positionals } = readArguments();
  const [rawArgument] = positionals;
  if (values.help) return USAGE;
  if (positionals.length !== 1 || rawArgument === undefined) throw new UsageError('give exactly one raw transcript file');
  if (values.source !== undefined && !transcriptSchema.shape.source.safeParse(values.source).success) {
    throw new UsageError(`--source "${values.source}" is not an http(s) URL`);
  }
  if (values.slug !== undefined && !speakerKeySchema.safeParse(values.slug).success) {
    throw new UsageError(`--slug "${values.slug}" is not a slug: use lowercase letters, digits and single hyphens`);
  }

  const rawPath = resolve(rawArgument);
  const raw = readRawFile(rawPath);
  const speakers = values.speakers === undefined ? undefined : readSpeakerOverrides(resolve(values.speakers), readRawFile(resolve(values.speakers)));
  try {
    const result = prepareImport(raw, { source: values.source, speakers });
    for (const warning of result.transcript.warnings) {
      console.warn(`${displayPath(rawPath)}${warning.line === undefined ? '' : `:${warning.line}`}: warning: ${warning.message}`);
    }
    const { meta } = result.transcript;
    const outPath = join(resolve(values.out ?? DEFAULT_OUT), `${values.slug ?? defaultSlug(meta.date, meta.title)}.md`);
    if (!values['dry-run'] && !values.force && existsSync(outPath)) throw alreadyExists(outPath);
    await checkMarkdown(result.markdown, result.transcript);
    if (values['dry-run']) {
      process.stdout.write(result.markdown.text);
      return undefined;
    }
    writeAtomically(outPath, result.markdown.text, { force: values.force });
    return displayPath(outPath);
  } catch (error) {
    throw error instanceof ImportError ? new SourceError(rawPath, error.line, error.message) : error;
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
  (output) => {
    if (output !== undefined) console.log(output);
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

