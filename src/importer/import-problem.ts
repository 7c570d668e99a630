/** Something the importer reports about a line of the raw text. */
export interface ImportNote {
  /** The raw file's line, counted from 1; absent when the problem concerns the whole file. */
  line: number | undefined;
  message: string;
}

/**
 * A raw text the importer cannot turn into a transcript. The pure functions know lines, not
 * file names; the command line adds the file name and prints `file:line: message`.
 */
export class ImportError extends Error {
  constructor(
    readonly line: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
