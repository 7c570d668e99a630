import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { displayPath, SourceError } from '../utils/source-error';
import type { ArchiveSpeaker } from './archive-speakers';
import { checkMarkdown } from './check-markdown';
import { ImportError, type ImportNote } from './import-problem';
import { prepareImport } from './import-transcript';
import { formatOf } from './parse-transcript';
import { readRawFile } from './read-raw-file';
import { defaultSlug } from './slug';
import type { SpeakerOverrides } from './speaker-overrides';
import { alreadyExists, writeAtomically } from './write-atomically';

export interface FileImportOptions {
  /** The folder transcripts are written to. */
  out: string;
  slug?: string | undefined;
  source?: string | undefined;
  speakers?: SpeakerOverrides | undefined;
  /** Speakers already in the archive; the caller adds each imported transcript's. */
  archive: readonly ArchiveSpeaker[];
  force: boolean;
  dryRun: boolean;
  /** Within a folder: an existing file is left alone rather than refused, and the same file again is no change. */
  keepExisting: boolean;
}

/** What became of one file. */
export interface FileOutcome {
  file: string;
  slug?: string;
  outPath?: string;
  turns?: number;
  speakers?: { key: string; name: string }[];
  /** `written`, `unchanged` (the file already holds exactly this), `kept` (another text is there; --force replaces it) or `failed`. */
  status: 'written' | 'unchanged' | 'kept' | 'printed' | 'failed';
  markdown?: string;
  warnings: string[];
  error?: string;
}

/**
 * Imports one raw page (pasted text or saved HTML) into `<out>/<slug>.md`: read, parse and
 * prove every word kept, check that it builds, and write it atomically. Problems come back as
 * `file:line: message`, never half a file.
 */
export async function importFile(filePath: string, options: FileImportOptions): Promise<FileOutcome> {
  const file = displayPath(filePath);
  const warnings: string[] = [];
  const note = (entry: ImportNote) => `${file}${entry.line === undefined ? '' : `:${entry.line}`}: warning: ${entry.message}`;
  try {
    const raw = readRawFile(filePath);
    let result: ReturnType<typeof prepareImport>;
    try {
      result = prepareImport(raw, { format: formatOf(basename(filePath), raw), source: options.source, archive: options.archive, speakers: options.speakers, strictSpeakers: !options.keepExisting });
    } catch (error) {
      throw error instanceof ImportError ? new SourceError(filePath, error.line, error.message) : error;
    }
    warnings.push(...result.transcript.warnings.map(note));
    const { meta } = result.transcript;
    const slug = options.slug ?? defaultSlug(meta.date, meta.title);
    const outPath = join(options.out, `${slug}.md`);
    const facts = { file, slug, outPath, turns: result.transcript.turns.length, speakers: result.transcript.speakers.map(({ key, name }) => ({ key, name })), warnings };
    if (!options.dryRun && !options.force && existsSync(outPath)) {
      if (!options.keepExisting) throw alreadyExists(outPath);
      const same = readFileSync(outPath, 'utf8') === result.markdown.text;
      return { ...facts, status: same ? 'unchanged' : 'kept' };
    }
    try {
      await checkMarkdown(result.markdown, result.transcript);
    } catch (error) {
      throw error instanceof ImportError ? new SourceError(filePath, error.line, error.message) : error;
    }
    if (options.dryRun) return { ...facts, status: 'printed', markdown: result.markdown.text };
    writeAtomically(outPath, result.markdown.text, { force: options.force });
    return { ...facts, status: 'written' };
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return { file, status: 'failed', warnings, error: error.message };
  }
}
