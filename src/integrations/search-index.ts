import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
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
 * Writes the Pagefind index of `records` to `outputPath` (the bundle folder, `dist/pagefind`).
 * Every record goes into one index in the interface's `language`, because the browser picks
 * the index by the page's `<html lang>`. The records' order is kept as the `order` sort key,
 * for listings without search words. Any error Pagefind reports throws, and leaves no
 * half-written bundle behind.
 */
export async function writeSearchIndex(records: TurnSearchRecord[], outputPath: string, language: string): Promise<void> {
  const urls = new Set<string>();
  for (const record of records) {
    if (urls.has(record.url)) throw new Error(`search index: two turns share the address ${record.url}`);
    urls.add(record.url);
  }
  removeBundle(outputPath);
  // When Pagefind's binary crashes, its pending call never settles and Node would quietly exit,
  // the build apparently done. Closing the service when the event loop runs dry rejects that
  // call, so the crash fails the build like any other error.
  const closeStalled = () => void pagefind.close();
  process.once('beforeExit', closeStalled);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw pagefindError('could not create the index', errors);
    // Sent all at once: the service answers each by its id, and one round trip per turn would
    // dominate the build on a large archive.
    const added = await Promise.all(
      records.map((record, position) => index.addCustomRecord({ ...record, language, sort: { order: String(position).padStart(8, '0') } })),
    );
    added.forEach(({ errors: recordErrors }, position) => {
      if (recordErrors.length > 0) throw pagefindError(`could not add ${records[position]?.url}`, recordErrors);
    });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw pagefindError(`could not write ${outputPath}`, written.errors);
    for (const file of UNUSED_UI_FILES) rmSync(join(outputPath, file), { force: true });
  } catch (error) {
    removeBundle(outputPath);
    throw error instanceof PagefindError ? error : new PagefindError(`stopped before the index was written (${String(error)})`);
  } finally {
    process.off('beforeExit', closeStalled);
    await pagefind.close();
  }
}

class PagefindError extends Error {
  constructor(reason: string) {
    super(`search index: Pagefind ${reason}`);
    this.name = 'PagefindError';
  }
}

function pagefindError(what: string, errors: string[]): PagefindError {
  return new PagefindError(`${what}: ${errors.join('; ') || 'no index returned'}`);
}

function removeBundle(outputPath: string): void {
  if (existsSync(outputPath)) rmSync(outputPath, { recursive: true });
}
