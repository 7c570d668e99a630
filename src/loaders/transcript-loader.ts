import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { transcriptSchema } from '../schemas/transcript';
import { describeIssues, parseYaml, readFrontmatter } from './frontmatter-issues';

export interface TranscriptLoaderOptions {
  /** Folder of transcript Markdown files, relative to the project root (default: `'./content/transcripts'`). */
  base?: string;
}

/**
 * Astro's glob loader over the transcript folder, made strict. On its own the glob loader
 * logs a Markdown error and carries on with an empty page, and reports schema errors without
 * a line. Here every problem stops the build with `file:line: reason`, so a broken transcript
 * never ships half-rendered.
 */
export function transcriptLoader({ base = './content/transcripts' }: TranscriptLoaderOptions = {}): Loader {
  const inner = glob({ pattern: '**/*.md', base });
  return {
    name: 'transcript-loader',
    load: (context) => inner.load({ ...context, logger: failingOnErrors(context.logger), parseData: checkedParseData(context) }),
  };
}

function checkedParseData(context: LoaderContext): LoaderContext['parseData'] {
  return async (props) => {
    if (props.filePath) {
      const frontmatter = readFrontmatter(props.filePath, readFileSync(props.filePath, 'utf8'));
      // Astro's YAML reader turns "2022-02-30" into 2 March; YAML 1.2 keeps it a string we can check.
      const result = transcriptSchema.safeParse(parseYaml(props.filePath, frontmatter));
      if (!result.success) throw describeIssues(props.filePath, frontmatter, result.error);
    }
    return context.parseData(props);
  };
}

/** The glob loader reports rendering failures through `logger.error`; we make them fatal. */
function failingOnErrors(logger: LoaderContext['logger']): LoaderContext['logger'] {
  const strict = Object.create(logger) as LoaderContext['logger'];
  strict.error = (message: string) => {
    throw new Error(message.replace(/^Error rendering [^:]+: /, ''));
  };
  return strict;
}
