import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { Transcript } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import { entryIdOf } from '../utils/entry-id';
import { readTurns, RENDERED_FILES_KEY, type RenderedFiles } from '../utils/rendered-files';
import { displayPath, SourceError } from '../utils/source-error';
import { lostAnchors, readAnchorsManifest } from './anchors-manifest';
import { batchedStore } from './batched-store';
import { frontmatterLine, readFrontmatter } from '../utils/frontmatter';
import { announceFailed, announceLoaded, announceRendered } from './loaded-transcripts';
import { renderedOnDisk } from './rendered-on-disk';
import { checkTranscriptFile, MAX_TRANSCRIPT_BYTES, transcriptFiles } from './transcript-source';

export interface TranscriptLoaderOptions {
  /** Folder of transcript Markdown files, relative to the project root (default: `'./content/transcripts'`). */
  base?: string;
  /**
   * The manifest of published turn anchors (default: `anchors.json` beside the transcripts
   * folder, so `content/anchors.json`). A folder without one has published nothing yet.
   */
  anchorsManifest?: string;
  /** The largest transcript file accepted, in bytes (default: 2 MiB). */
  maxBytes?: number;
}

/**
 * Astro's glob loader over the transcript folder, made strict. On its own the glob loader
 * logs a Markdown error and carries on with an empty page, reports schema errors without a
 * line, and stops at the first bad file. Here every file is checked first and every problem
 * is reported as `file:line: reason`; then the Markdown of every file is rendered and every
 * rendering problem reported; then the turns are compared with the published anchors. Any
 * problem stops the build, so a broken transcript never ships half-rendered.
 *
 * At archive scale the rendered transcripts live on disk, not in Astro's data store (see
 * `renderedOnDisk`), the store is written once per load (`batchedStore`), and the Markdown
 * source is not kept in it: pages that publish it read the file.
 */
export function transcriptLoader(options: TranscriptLoaderOptions = {}): Loader {
  const { base = './content/transcripts', maxBytes = MAX_TRANSCRIPT_BYTES } = options;
  const inner = glob({ pattern: '**/*.md', base, retainBody: false });
  return {
    name: 'transcript-loader',
    load: async (context) => {
      try {
        await load(context);
      } catch (error) {
        // The search index may be reading transcripts as they render: it stops too.
        announceFailed(error);
        throw error;
      }
    },
  };

  async function load(context: LoaderContext): Promise<void> {
    const dir = isAbsolute(base) ? base : resolve(fileURLToPath(context.config.root), base);
    const files = transcriptFiles(dir);
    stopOn(files.flatMap((file) => problemsOf(() => checkTranscriptFile(file, maxBytes))));
    const checked = new Set(files);
    const rendering: RenderingProblems = { problems: [] };
    const batched = batchedStore(context.store);
    const cacheDir = fileURLToPath(new URL(`${context.collection}/`, context.config.cacheDir));
    const store = renderedOnDisk(batched.store, cacheDir, fileURLToPath(context.config.root), (entry, turns) =>
      announceRendered({ id: entry.id, data: entry.data as Transcript, turns: () => turns }),
    );
    await inner.load({ ...context, store, logger: collectingErrors(context.logger, rendering), parseData: checkedParseData(context, checked, maxBytes) });
    const problems = rendering.problems ?? [];
    delete rendering.problems;
    checked.clear();
    stopOn(problems);
    batched.flush();
    store.prune();
    const filesById = new Map(files.map((file) => [entryIdOf(relative(dir, file)), file]));
    checkPublishedAnchors(context, filesById, options.anchorsManifest ?? join(dir, '..', 'anchors.json'));
    announceLoaded(
      store.values().map((entry) => ({
        id: entry.id,
        data: entry.data as Transcript,
        turns: () => readTurns(entry.rendered?.metadata?.frontmatter?.[RENDERED_FILES_KEY] as RenderedFiles),
      })),
    );
  }
}

/** Files changed while `astro dev` runs are checked here; the first load checked them all already. */
function checkedParseData(context: LoaderContext, checked: Set<string>, maxBytes: number): LoaderContext['parseData'] {
  return async (props) => {
    if (props.filePath && !checked.has(resolve(props.filePath))) checkTranscriptFile(props.filePath, maxBytes);
    return context.parseData(props);
  };
}

/** Rendering problems of the load under way; `problems` is unset between loads. */
interface RenderingProblems {
  problems?: string[];
}

/**
 * The glob loader reports rendering failures through `logger.error` and carries on. While a
 * load runs they are collected, to stop the build with all of them; after it (a file edited
 * under `astro dev`) each one throws.
 */
function collectingErrors(logger: LoaderContext['logger'], rendering: RenderingProblems): LoaderContext['logger'] {
  const strict = Object.create(logger) as LoaderContext['logger'];
  strict.error = (message: string) => {
    // Our plugins' errors already name the file and line; Astro's wrapping would repeat the file.
    const text = message.replace(/^Error rendering [^:]+: /, '').replace(/^Failed to parse Markdown file "[^"]*":\n/, '');
    if (!rendering.problems) throw new Error(text);
    rendering.problems.push(text);
  };
  return strict;
}

/**
 * Every published anchor must still lead somewhere: to a turn, or through `anchorAliases` to
 * the turn that now holds its words. Anchors not yet in the manifest only earn a reminder.
 */
function checkPublishedAnchors(context: LoaderContext, files: Map<string, string>, manifestFile: string): void {
  const manifest = readAnchorsManifest(manifestFile);
  if (!manifest) return;
  const problems: string[] = [];
  let unpublished = 0;
  for (const [slug, published] of Object.entries(manifest)) {
    const entry = context.store.get(slug);
    const file = files.get(slug);
    if (!entry || !file) {
      problems.push(`${displayPath(manifestFile)}: transcript "${slug}" was published, but there is no ${slug}.md any more: restore it, so that its ${published.length} turn links keep working`);
      continue;
    }
    const anchors = turnsOfEntry(entry.rendered?.metadata?.frontmatter).map((turn) => turn.anchor);
    const aliases = ((entry.data as { anchorAliases?: Record<string, string> }).anchorAliases ?? {});
    unpublished += anchors.filter((anchor) => !published.includes(anchor)).length;
    const lost = lostAnchors(published, anchors, aliases);
    if (lost.length > 0) problems.push(lostAnchorsError(file, lost, anchors.filter((anchor) => !published.includes(anchor)), manifestFile).message);
  }
  for (const entry of context.store.values()) {
    if (!(entry.id in manifest)) unpublished += turnsOfEntry(entry.rendered?.metadata?.frontmatter).length;
  }
  stopOn(problems);
  if (unpublished > 0) {
    context.logger.warn(`${unpublished} turn anchors are not in ${displayPath(manifestFile)} yet: run "npm run anchors:update" when you publish them`);
  }
}

function turnsOfEntry(frontmatter: Record<string, unknown> | undefined): Turn[] {
  const files = frontmatter?.[RENDERED_FILES_KEY] as RenderedFiles | undefined;
  return files ? readTurns(files) : [];
}

/** Points at the front matter, where the fix goes, and suggests it. */
function lostAnchorsError(file: string, lost: string[], fresh: string[], manifestFile: string): SourceError {
  let line: number | undefined;
  try {
    const frontmatter = readFrontmatter(file, readFileSync(file, 'utf8'));
    line = frontmatterLine(frontmatter, ['anchorAliases']) ?? frontmatter.firstLine + frontmatter.yaml.split('\n').length;
  } catch {
    line = undefined;
  }
  const guess = (index: number) => (lost.length === fresh.length ? fresh[index] : '<anchor of the turn that now holds it>');
  const example = lost.map((anchor, index) => `\n    ${anchor}: ${guess(index)}`).join('');
  return new SourceError(
    file,
    line,
    `published turn anchor${lost.length > 1 ? 's' : ''} ${lost.map((anchor) => `"${anchor}"`).join(', ')} no longer exist${lost.length > 1 ? '' : 's'}, ` +
      `and links that readers have shared or cited use ${lost.length > 1 ? 'them' : 'it'} (${displayPath(manifestFile)}). ` +
      `Keep the turn, or declare in the front matter which turn now holds it:\n  anchorAliases:${example}` +
      (fresh.length > 0 ? `\n  (turns not yet published: ${fresh.join(', ')})` : ''),
  );
}

function problemsOf(check: () => void): string[] {
  try {
    check();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

/** Stops the build with every problem found, one per line. */
function stopOn(problems: string[]): void {
  if (problems.length === 1) throw new Error(problems[0]);
  if (problems.length > 1) throw new Error(`${problems.length} problems in the transcripts:\n${problems.join('\n')}`);
}
