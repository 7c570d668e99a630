import { checkMarkdown } from './check-markdown';
import { parseTranscript, type ParsedTranscript } from './parse-transcript';
import { applySpeakerOverrides, type SpeakerOverrides } from './speaker-overrides';
import { toMarkdown, type MarkdownFile } from './to-markdown';

/** The publisher's site: a true, if broad, source for a page whose address the editor did not give. */
export const FALLBACK_SOURCE = 'http://en.kremlin.ru/';

export interface ImportOptions {
  /** The URL of the page the text was copied from (default: a URL line above the title, then the page's "Direct link"). */
  source?: string | undefined;
  /** An editor's fixes to speakers' keys, names and roles. */
  speakers?: SpeakerOverrides | undefined;
}

export interface ImportResult {
  transcript: ParsedTranscript;
  markdown: MarkdownFile;
}

/**
 * Raw page text in, a checked transcript file out: parse, apply the editor's speaker fixes,
 * write Markdown, and prove that it builds and renders the published words.
 */
export async function importTranscript(raw: string, options: ImportOptions = {}): Promise<ImportResult> {
  const result = prepareImport(raw, options);
  await checkMarkdown(result.markdown, result.transcript);
  return result;
}

/** Everything but the check, which needs Astro: quick, so bad input is reported at once. */
export function prepareImport(raw: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseTranscript(raw);
  const fixed = options.speakers ? applySpeakerOverrides(parsed, options.speakers) : parsed;
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
  return { transcript, markdown: toMarkdown(transcript, source ?? FALLBACK_SOURCE) };
}
