import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'import', 'press-secretary', 'input.txt');
const WRITTEN = '2024-06-14-russian-tavrian-talks.md';

/** Runs `npm run import -- …` for real, from `cwd` (the project root unless told). */
function runImport(args: string[], cwd = ROOT) {
  const result = spawnSync('npm', ['--prefix', ROOT, 'run', '--silent', 'import', '--', ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const emptyFolder = () => mkdtempSync(join(tmpdir(), 'import-out-'));
const fileIn = (folder: string, name: string, contents: string | Buffer) => {
  writeFileSync(join(folder, name), contents);
  return join(folder, name);
};

describe('npm run import', () => {
  test('writes one transcript named by date and title, prints its path, and leaves no temporary file', () => {
    const out = emptyFolder();
    const result = runImport([FIXTURE, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(join(out, WRITTEN));
    expect(readdirSync(out)).toEqual([WRITTEN]);
    const written = readFileSync(join(out, WRITTEN), 'utf8');
    expect(written).toMatch(/^---\ntitle: News conference following Russian-Tavrian talks\ndate: 2024-06-14\n/);
    expect(written).toContain('\nsource: http://en.kremlin.ru/d/74301\n');
    expect(written).toContain('\n## pavel-zarubin\n\nRossiya TV channel. Mr\u00a0President,');
  });

  test('refuses to replace an existing file without --force, and replaces it with --force', () => {
    const out = emptyFolder();
    fileIn(out, WRITTEN, 'an editor’s work\n');
    const refused = runImport([FIXTURE, '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(`${join(out, WRITTEN)}: the file already exists: pass --force to replace it`);
    expect(readFileSync(join(out, WRITTEN), 'utf8')).toBe('an editor’s work\n');

    const forced = runImport([FIXTURE, '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(out, WRITTEN), 'utf8')).toContain('## dmitry-peskov');
    expect(readdirSync(out)).toEqual([WRITTEN]);
  });

  test('--dry-run prints the Markdown and writes nothing', () => {
    const out = emptyFolder();
    const result = runImport([FIXTURE, '--out', out, '--dry-run', '--source', 'http://en.kremlin.ru/events/president/news/74301']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^---\ntitle: /);
    expect(result.stdout).toContain('source: http://en.kremlin.ru/events/president/news/74301\nshortLink: http://en.kremlin.ru/d/74301\n');
    expect(readdirSync(out)).toEqual([]);
  });

  test('--slug names the file; --speakers fixes a speaker', () => {
    const out = emptyFolder();
    const speakers = fileIn(out, 'speakers.json', '{ "maria-kovalenko": { "key": "m-kovalenko", "role": "Tavria Today TV channel" } }');
    const result = runImport([FIXTURE, '--out', join(out, 'site'), '--slug', 'tavria-talks', '--speakers', speakers]);
    expect(result.status).toBe(0);
    const written = readFileSync(join(out, 'site', 'tavria-talks.md'), 'utf8');
    expect(written).toContain('  - key: m-kovalenko\n    name: Maria Kovalenko\n    role: Tavria Today TV channel\n');
    expect(written).toContain('\n## m-kovalenko\n');
  });

  test('paths are read from the folder the command is run in', () => {
    const here = emptyFolder();
    fileIn(here, 'raw.txt', readFileSync(FIXTURE));
    const result = runImport(['raw.txt', '--out', 'out'], here);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(join('out', WRITTEN));
    expect(readdirSync(join(here, 'out'))).toEqual([WRITTEN]);
  });

  test('warnings name the raw file and line, and do not stop the import', () => {
    const out = emptyFolder();
    const raw = join(ROOT, 'tests', 'fixtures', 'import', 'look-alike-sentences', 'input.txt');
    const result = runImport([raw, '--out', out, '--source', 'http://en.kremlin.ru/events/president/news/1']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('tests/fixtures/import/look-alike-sentences/input.txt:23: warning: "I would like to thank President Putin:" looks like a speaker label');
  });
});

describe('npm run import refuses bad input with a clear message and writes nothing', () => {
  const here = emptyFolder();
  mkdirSync(join(here, 'a-folder'));
  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['missing.txt'], /^missing\.txt: cannot read the raw transcript: no such file$/],
    ['a folder without pages', ['a-folder'], /^a-folder: this folder holds no \.txt or \.html pages to import$/],
    ['a binary file', [fileIn(here, 'binary.txt', Buffer.from([0x47, 0x49, 0x46, 0x0a, 0x00, 0x01]))], /binary\.txt:2: this is not a text file: it holds NUL bytes$/],
    ['a file that is not UTF-8', [fileIn(here, 'latin1.txt', Buffer.from('Talks\n\nQuestion: Caf\xe9?\n', 'latin1'))], /latin1\.txt:3: this is not UTF-8 text/],
    ['an empty file', [fileIn(here, 'empty.txt', '')], /empty\.txt:1: the file is empty/],
    [
      'a file with no speaker labels',
      [fileIn(here, 'no-labels.txt', 'Talks\n\nMay 5, 2023, Moscow\n\nThe leaders met.\n\nLet me repeat what I just said: no.\n')],
      /no-labels\.txt:5: no speaker labels: no paragraph after the dateline starts with a label/,
    ],
    ['a bad --speakers file', [FIXTURE, '--speakers', fileIn(here, 'speakers.json', '{\n  "nobody": {}\n}')], /speakers\.json:2: there is no speaker "nobody"/],
  ];

  test.each(cases)('%s', (_, args, message) => {
    const out = join(here, 'out');
    const result = runImport([...args, '--out', out], here);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(message);
    expect(() => readdirSync(out)).toThrow(/ENOENT/);
  });

  test.each([
    ['no file', [], 'import: give exactly one page file or folder'],
    ['an unknown option', [FIXTURE, '--colour'], "import: Unknown option '--colour'"],
    ['a bad slug', [FIXTURE, '--slug', 'Not a slug'], 'import: --slug "Not a slug" is not a slug'],
    ['a bad source', [FIXTURE, '--source', 'javascript:alert(1)'], 'import: --source "javascript:alert(1)" is not an http(s) URL'],
  ])('usage errors: %s', (_, args, message) => {
    const result = runImport(args, here);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run import -- <page.txt | page.html | folder/>');
  });
});
