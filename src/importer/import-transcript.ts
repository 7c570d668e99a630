import { reuseArchiveKeys, type ArchiveSpeaker } from './archive-speakers';
import { checkMarkdown } from './check-markdown';
import { originalUrlOf } from './original-url';
import { parseTranscript, type PageFormat } from './parse-transcript';
import type { ParsedTranscript } from './parsed-transcript';
import { applySpeakerOverrides, type SpeakerOverrides } from './speaker-overrides';
import { toMarkdown, type MarkdownFile } from './to-markdown';

/** The publisher's site: a true, if broad, source for a page whose address the editor did not give. */
export const FALLBACK_SOURCE = 'http://en.kremlin.ru/';

export interface ImportOptions {
  /** Pasted text (the default) or a saved HTML page. */
  format?: PageFormat | undefined;
  /** The URL of the page the text was copied from (default: the page's own address, then its "Direct link"). */
  source?: string | undefined;
  /** Speakers of the transcripts already in the archive, whose keys the same people keep. */
  archive?: readonly ArchiveSpeaker[] | undefined;
  /** An editor's fixes to speakers' keys, names and roles; they win over the archive's keys. */
  speakers?: SpeakerOverrides | undefined;
  /** Whether a fix for a speaker this transcript lacks is an error (default), or, across a folder, ignored. */
  strictSpeakers?: boolean | undefined;
}

export interface ImportResult {
  transcript: ParsedTranscript;
  markdown: MarkdownFile;
}

/**
 * A page in, a checked transcript file out: parse (proving every word is kept), give people
 * their archive keys, apply the editor's speaker fixes, write Markdown, and prove that it
 * builds and renders the published words.
 */
export async function importTranscript(raw: string, options: ImportOptions = {}): Promise<ImportResult> {
  const result = prepareImport(raw, options);
  await checkMarkdown(result.markdown, result.transcript);
  return result;
}

/** Everything but the check, which needs Astro: quick, so bad input is reported at once. */
export function prepareImport(raw: string, options: ImportOptions = {}): ImportResult {
  const parsed = reuseArchiveKeys(parseTranscript(raw, options.format), options.archive ?? []);
  const fixed = options.speakers ? applySpeakerOverrides(parsed, options.speakers, { strict: options.strictSpeakers ?? true }) : parsed;
  const source = options.source ?? fixed.meta.pageUrl ?? fixed.meta.shortLink;
  const transcript: ParsedTranscript =
    source === undefined
      ? {
          ...fixed,
          warnings: [
            {
              line: undefined,
              message: `the text gives no address of its page (no URL above the title, no "Direct link"), so the source is the site, ${FALLBACK_SOURCE}: pass --source with the page's address`,
            },
            ...fixed.warnings,
          ],
        }
      : fixed;
  const finalSource = source ?? FALLBACK_SOURCE;
  return { transcript, markdown: toMarkdown(transcript, finalSource, originalUrlOf(finalSource)) };
}
