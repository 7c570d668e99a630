import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { Pagefind, PagefindRecord } from '../../src/browser/pagefind-client';
import { RANKING } from '../../src/browser/pagefind-client';
import { RecordReader } from '../../src/browser/record-reader';
import type { Shard } from '../../src/browser/search-shards';
import { DIST } from '../../src/tooling/site-build';
import { serveStatic } from '../../src/tooling/static-server';

/**
 * The real site's index (`dist/`, built by the test run), searched with Pagefind's own
 * browser module, which also runs in Node: two searches whose records are read at the same
 * time, as when a reader types "sanctions" and the search for "s" is still reading its
 * records.
 */
const site = await serveStatic(DIST);
afterAll(() => site.close());
const [newest] = (JSON.parse(readFileSync(join(DIST, 'pagefind', 'shards.json'), 'utf8')) as { shards: Shard[] }).shards;
if (!newest) throw new Error('the built index lists no shard');
// Node imports a module from a file, not over HTTP: the bundle's module, copied as it is.
const moduleFile = join(mkdtempSync(join(tmpdir(), 'pagefind-module-')), 'pagefind.mjs');
copyFileSync(join(DIST, 'pagefind', newest.path, 'pagefind.js'), moduleFile);
const pagefindModule = (await import(pathToFileURL(moduleFile).href)) as { createInstance(options: Record<string, unknown>): Pagefind };

/** A fresh Pagefind instance on the newest shard, with the site's options. */
async function openIndex(): Promise<Pagefind> {
  const pagefind = pagefindModule.createInstance({ basePath: `${site.url}pagefind/${newest?.path ?? ''}`, ranking: RANKING, excerptLength: 30 });
  await pagefind.init();
  return pagefind;
}

/** Each record's speaker and the turns its sub-results name. */
const turnsOf = (records: PagefindRecord[]) => records.map((record) => ({ speaker: record.meta['title'], turns: record.sub_results.map((sub) => sub.anchor?.id ?? null) }));

/** The records for "sanctions" read on their own, in an instance no other search has touched. */
const alone = await (async () => {
  const pagefind = await openIndex();
  const found = await pagefind.search('sanctions');
  return turnsOf(await Promise.all(found?.results.map((result) => result.data()) ?? []));
})();

describe('records read while another search reads the same fragments', () => {
  test('the records of "sanctions" read alone name the turns that say it', () => {
    const putin = alone.find((record) => record.speaker === 'Vladimir Putin');
    expect(putin?.turns).toContain('vladimir-putin-3');
    // Putin's second turn does not say "sanction".
    expect(putin?.turns).not.toContain('vladimir-putin-2');
  });

  test('Pagefind itself hands the later search’s matches to the earlier one (why RecordReader exists)', async () => {
    const pagefind = await openIndex();
    const [sanctions, s] = await Promise.all([pagefind.search('sanctions'), pagefind.search('s')]);
    const [mine] = await Promise.all([Promise.all(sanctions?.results.map((result) => result.data()) ?? []), Promise.all(s?.results.map((result) => result.data()) ?? [])]);
    // When this fails, Pagefind no longer shares its fragment objects between searches, and
    // RecordReader can go.
    expect(turnsOf(mine)).not.toEqual(alone);
  });

  test('through RecordReader, each search keeps its own matches', async () => {
    const pagefind = await openIndex();
    const reader = new RecordReader();
    const [sanctions, s] = await Promise.all([pagefind.search('sanctions'), pagefind.search('s')]);
    const [mine, theirs] = await Promise.all([reader.read(sanctions?.results ?? []), reader.read(s?.results ?? [])]);
    expect(turnsOf(mine)).toEqual(alone);
    // The later batch has its own matches too: "s" is in Putin's second turn.
    expect(turnsOf(theirs).find((record) => record.speaker === 'Vladimir Putin')?.turns).toContain('vladimir-putin-2');
  });

  test('a failed read fails its own caller only', async () => {
    const pagefind = await openIndex();
    const reader = new RecordReader();
    const found = await pagefind.search('sanctions');
    const broken = [{ id: 'broken', score: 1, data: () => Promise.reject(new Error('fragment: 404')) }];
    const [failed, read] = await Promise.allSettled([reader.read(broken), reader.read(found?.results ?? [])]);
    expect(failed).toMatchObject({ status: 'rejected', reason: new Error('fragment: 404') });
    expect(read.status === 'fulfilled' ? turnsOf(read.value) : read.reason).toEqual(alone);
  });
});
