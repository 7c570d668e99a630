import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../src/tooling/corpus/corpus';
import { SEED_TEXT } from '../../src/tooling/corpus/write-corpus';
import { buildFrom, contentFolder, type BuildResult } from '../../src/tooling/site-build';
import { builtHtml } from '../helpers/built-site';

/**
 * dist/ is kept between builds (src/integrations/kept-output.ts): a page whose key did not
 * change is neither rendered nor copied, and what a build no longer produces is removed. Four
 * generated transcripts are built, then built again into the same dist/ with one deleted and
 * one changed, and with two stray files planted: a page no route makes and a stale asset.
 */
const [kept, changed, deleted, other] = [...generateCorpus({ count: 4, seed: 'kept-output', seedText: readFileSync(SEED_TEXT, 'utf8'), maxWords: 1500 })] as const;
const NEW_WORD = 'quokkaphone';

let first: BuildResult;
let second: BuildResult;
/** Built again with nothing changed but the last build's record of the bundle's file names. */
let third: BuildResult;
/** The untouched transcript's first turn page as the first build left it. */
let before = { ino: 0, mtimeMs: 0 };
/** The same file after the second build. */
let afterSecond = { ino: 0, mtimeMs: 0 };
/** The changed transcript's page, its first turn's page and the next turn's, after the second build. */
let changedPages = { transcript: '', turn: '', neighbour: '' };
/** The prune's record of the files of dist/ (src/integrations/kept-output.ts), in the build's cache. */
const record = () => join(first.outDir, '..', 'cache', 'kept-output.json');
/** A file no build made, in the folder of a page every build makes. */
const stray = () => join(first.outDir, 'transcripts', kept?.slug ?? '', 'stray.html');
let recordAfterSecond = false;
/** The second build's record of the bundle's file names (src/integrations/bundle-names.ts). */
let namesAfterSecond: string[] = [];
/** Whether the second build left the page of the turn the shortened transcript lost, and its first turn's page. */
let turnPagesAfterSecond = { lost: true, first: false };
const turnPage = () => join(first.outDir, 'transcripts', kept?.slug ?? '', `${kept?.turnSpeakers[0] ?? ''}-1`, 'index.html');

beforeAll(() => {
  if (!kept || !changed || !deleted || !other) throw new Error('the corpus has fewer than four transcripts');
  const dir = contentFolder(Object.fromEntries([kept, changed, deleted, other].map((t) => [`${t.slug}.md`, t.markdown])));
  first = buildFrom(dir);
  if (first.status !== 0) throw new Error(`the first build failed:\n${first.output}`);
  const page = statSync(turnPage());
  before = { ino: page.ino, mtimeMs: page.mtimeMs };

  rmSync(join(dir, `${deleted.slug}.md`));
  const source = readFileSync(join(dir, `${changed.slug}.md`), 'utf8');
  const firstTurn = source.indexOf('\n\n', source.indexOf('\n## ')) + 2;
  writeFileSync(join(dir, `${changed.slug}.md`), `${source.slice(0, firstTurn)}The ${NEW_WORD} was mentioned. ${source.slice(firstTurn)}`);
  // Another transcript loses its last turn: that turn's page sits in the folder of a page this
  // build still makes, which the prune finds from its record of the last build.
  const shortened = readFileSync(join(dir, `${other.slug}.md`), 'utf8');
  writeFileSync(join(dir, `${other.slug}.md`), `${shortened.slice(0, shortened.lastIndexOf('\n## '))}\n`);
  mkdirSync(join(first.outDir, 'transcripts', 'ghost'), { recursive: true });
  writeFileSync(join(first.outDir, 'transcripts', 'ghost', 'index.html'), '<p>No route makes this page.</p>');
  writeFileSync(join(first.outDir, '_astro', 'stale.js'), '// from an older build');
  for (const file of [join(first.outDir, 'transcripts', 'ghost', 'index.html'), join(first.outDir, '_astro', 'stale.js')]) utimesSync(file, new Date('2020-01-01'), new Date('2020-01-01'));
  second = buildFrom(dir, {}, first.outDir);
  if (second.status !== 0) throw new Error(`the second build failed:\n${second.output}`);
  const again = statSync(turnPage());
  afterSecond = { ino: again.ino, mtimeMs: again.mtimeMs };
  // Read now: the third build renders every page again.
  const [firstSpeaker = '', secondSpeaker = ''] = changed.turnSpeakers;
  const changedPage = (path: string) => builtHtml(`/transcripts/${changed.slug}/${path}`, second.outDir);
  changedPages = {
    transcript: changedPage(''),
    turn: changedPage(`${firstSpeaker}-1/`),
    neighbour: changedPage(`${secondSpeaker}-${secondSpeaker === firstSpeaker ? 2 : 1}/`),
  };
  namesAfterSecond = readFileSync(join(first.outDir, '..', 'cache', 'bundle-names.txt'), 'utf8').split('\n');
  // As if the last build had bundled its scripts under other names (src/integrations/bundle-names.ts).
  writeFileSync(join(first.outDir, '..', 'cache', 'bundle-names.txt'), 'another bundle');
  // Without the record of the last build's files (as after a build that stopped half-way), a
  // stray file in a page's own folder is found too.
  recordAfterSecond = existsSync(record());
  const speakers = other.turnSpeakers;
  const last = speakers.at(-1) ?? '';
  const otherTurn = (anchor: string) => join(first.outDir, 'transcripts', other.slug, anchor, 'index.html');
  turnPagesAfterSecond = { lost: existsSync(otherTurn(`${last}-${speakers.filter((speaker) => speaker === last).length}`)), first: existsSync(otherTurn(`${speakers[0] ?? ''}-1`)) };
  rmSync(record());
  writeFileSync(stray(), '<p>Left by a build that stopped.</p>');
  utimesSync(stray(), new Date('2020-01-01'), new Date('2020-01-01'));
  third = buildFrom(dir, {}, first.outDir);
  if (third.status !== 0) throw new Error(`the third build failed:\n${third.output}`);
}, 600_000);

describe('a rebuild into the kept dist/', () => {
  test('neither renders nor copies an unchanged page: the file is the first build’s own', () => {
    const log = stripVTControlCharacters(second.output);
    expect(log).toMatch(new RegExp(`/transcripts/${kept?.slug ?? ''}/index\\.html \\(cached\\)`));
    expect(log).not.toContain('(restored)');
    expect(afterSecond).toEqual(before);
  });

  test('renders every page again when the bundle’s file names changed, as a copied page would name old files', () => {
    const log = stripVTControlCharacters(third.output);
    expect(log).toContain("the bundle's file names changed: every page renders again");
    expect(log).not.toMatch(/index\.html \((cached|restored)\)/);
    expect(statSync(turnPage()).mtimeMs).toBeGreaterThan(afterSecond.mtimeMs);
    expect(stripVTControlCharacters(second.output)).not.toContain('file names changed');
  });

  // The site's one stylesheet is emitted late in Vite's bundle: a record without it would let a
  // restyled component leave copied pages naming a stylesheet no longer there.
  test('records every bundled file a page names, the stylesheet too, so a renamed one renders every page again', () => {
    const html = changedPages.transcript;
    const named = [...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+)"/g)].map((match) => match[1] ?? '');
    expect(named.some((file) => file.endsWith('.css'))).toBe(true);
    expect(named.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of named) expect(namesAfterSecond, file).toContain(file);
  });

  test('renders the changed transcript again, and its turn pages', () => {
    expect(changedPages.transcript).toContain(NEW_WORD);
    expect(changedPages.turn).toContain(`The ${NEW_WORD} was mentioned.`);
  });

  test('renders again a turn page whose own turn is unchanged but whose neighbour changed', () => {
    // The second turn's page shows the opening of the first, where the new word went.
    expect(changedPages.neighbour).toContain(`The ${NEW_WORD} was mentioned.`);
  });

  test('removes the deleted transcript’s pages, turn pages and downloads, and says how many files went', () => {
    expect(existsSync(join(second.outDir, 'transcripts', deleted?.slug ?? ''))).toBe(false);
    for (const format of ['json', 'md', 'txt']) expect(existsSync(join(second.outDir, 'transcripts', `${deleted?.slug ?? ''}.${format}`))).toBe(false);
    expect(readFileSync(join(second.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain(deleted?.slug ?? '');
    expect(stripVTControlCharacters(second.output)).toMatch(/removed \d+ file\(s\) that this build no longer produces/);
  });

  test('removes the page of a turn a transcript no longer has, found from the last build’s record', () => {
    expect(recordAfterSecond).toBe(true);
    expect(other?.turnSpeakers.length).toBeGreaterThan(1);
    expect(turnPagesAfterSecond).toEqual({ lost: false, first: true });
  });

  test('without that record, reads the whole dist/ again: a stray file in a page’s own folder goes', () => {
    expect(existsSync(stray())).toBe(false);
    expect(existsSync(join(third.outDir, 'transcripts', kept?.slug ?? '', 'index.html'))).toBe(true);
    expect(existsSync(record())).toBe(true);
  });

  test('keeps a speaker page only for someone who still speaks', () => {
    const speaking = new Set([kept, changed].flatMap((t) => t?.turnSpeakers ?? []).concat(other?.turnSpeakers.slice(0, -1) ?? []));
    const pages = readdirSync(join(second.outDir, 'speakers'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(pages.filter((key) => !speaking.has(key))).toEqual([]);
    expect(pages.length).toBe(speaking.size);
  });

  test('removes a page no route makes and an asset no longer bundled, and keeps the search index', () => {
    expect(existsSync(join(second.outDir, 'transcripts', 'ghost'))).toBe(false);
    expect(existsSync(join(second.outDir, '_astro', 'stale.js'))).toBe(false);
    expect(readdirSync(join(second.outDir, '_astro')).some((file) => file.endsWith('.css'))).toBe(true);
    expect(existsSync(join(second.outDir, 'pagefind', 'shards.json'))).toBe(true);
  });
});
