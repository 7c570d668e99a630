import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { passagesOf } from './search-passages';
import type { TurnSearchRecord } from './search-records';

/**
 * Files Pagefind writes for its ready-made interfaces. The site uses its own search element
 * over the JS API, so they would only be dead weight on the server.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

/**
 * Writes the Pagefind index of a site's turns to `outputPath` (the bundle folder,
 * `dist/pagefind`), one transcript's turns at a time, as passages of one speaker's turns
 * (`passagesOf`): each transcript goes to Pagefind's binary as soon as it is read, so Pagefind
 * indexes on one core while the build reads the next page on the other. Every passage goes into one index in the interface's `language`, because
 * the browser picks the index by the page's `<html lang>`. Listings without search words come
 * in reading order, newest transcript first (the `order` sort key). Any error Pagefind reports
 * throws, and leaves no half-written bundle behind.
 */
export async function writeSearchIndex(transcripts: Iterable<TurnSearchRecord[]> | AsyncIterable<TurnSearchRecord[]>, outputPath: string, language: string): Promise<IndexedCount> {
  removeBundle(outputPath);
  // When Pagefind's binary crashes, its pending call never settles and Node would quietly exit,
  // the build apparently done. Closing the service when the event loop runs dry rejects that
  // call, so the crash fails the build like any other error.
  const closeStalled = () => void pagefind.close();
  process.once('beforeExit', closeStalled);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw pagefindError('could not create the index', errors);
    const urls = new Set<string>();
    let passages = 0;
    // Sent without waiting: the service answers each by its id, and one round trip per
    // passage would dominate the build on a large archive.
    const added: Promise<{ url: string; errors: string[] }>[] = [];
    for await (const records of transcripts) {
      for (const record of records) {
        if (urls.has(record.url)) throw new PagefindError(`two turns share the address ${record.url}`, 'search index:');
        urls.add(record.url);
      }
      const [first] = records;
      if (!first) continue;
      for (const { url, html } of passagesOf(records, readingOrder(first), language)) {
        passages++;
        added.push(
          index.addHTMLFile({ url, content: html }).then(
            ({ errors: recordErrors }) => ({ url, errors: recordErrors }),
            (error: unknown) => ({ url, errors: [String(error)] }),
          ),
        );
      }
      // Lets the passages go out to Pagefind before the next page is read.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (urls.size === 0) throw new PagefindError('no page holds speaker turns to index', 'search index:');
    for (const { url, errors: recordErrors } of await Promise.all(added)) {
      if (recordErrors.length > 0) throw pagefindError(`could not add ${url}`, recordErrors);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw pagefindError(`could not write ${outputPath}`, written.errors);
    for (const file of UNUSED_UI_FILES) rmSync(join(outputPath, file), { force: true });
    return { turns: urls.size, passages };
  } catch (error) {
    removeBundle(outputPath);
    throw error instanceof PagefindError ? error : new PagefindError(`stopped before the index was written (${String(error)})`);
  } finally {
    process.off('beforeExit', closeStalled);
    await pagefind.close();
  }
}

/** What went into the index: turns, in passages of one speaker's turns in one transcript. */
export interface IndexedCount {
  turns: number;
  passages: number;
}

/**
 * A sort key that puts a transcript in reading order, newest first: the date counted down,
 * then the transcript's address. Each passage adds its place in the transcript
 * (`passagesOf`), and carries its own key, so transcripts can be indexed in any order, as
 * they are read.
 */
export function readingOrder(record: TurnSearchRecord): string {
  const daysLeft = 99_999_999 - Number(record.filters.date[0].replace(/-/g, ''));
  const page = record.url.slice(0, record.url.indexOf('#'));
  return `${String(daysLeft).padStart(8, '0')} ${page}`;
}

class PagefindError extends Error {
  constructor(reason: string, prefix = 'search index: Pagefind') {
    super(`${prefix} ${reason}`);
    this.name = 'PagefindError';
  }
}

function pagefindError(what: string, errors: string[]): PagefindError {
  return new PagefindError(`${what}: ${errors.join('; ') || 'no index returned'}`);
}

function removeBundle(outputPath: string): void {
  if (existsSync(outputPath)) rmSync(outputPath, { recursive: true });
}
