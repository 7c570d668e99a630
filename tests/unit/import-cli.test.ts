import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importCommand } from '../../src/importer/import-command';
import { STOPPED_IF_HUNG, runScript, type ScriptRun } from '../helpers/run-script';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'import', 'press-secretary', 'input.txt');
const WRITTEN = '2024-06-14-russian-tavrian-talks.md';

/** Runs the import command in a process of its own, as `npm run import -- …` runs it, from the project root. */
function runImportProcess(args: string[]) {
  return runScript('scripts/import.ts', args);
}

/**
 * Runs the import command in this process, from `cwd` (the project root unless told), as
 * scripts/import.ts runs it: the tests that follow the real command's wiring start it in a
 * process of their own; the rest call it here, as starting one for each took a second.
 */
async function runImport(args: string[], cwd = ROOT): Promise<ScriptRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const status = await importCommand(args, { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text), stderrIsTTY: false });
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.chdir(before);
  }
}

/** Runs `npm run import -- …` itself, npm included, from `cwd`. */
function npmRunImport(args: string[], cwd: string) {
  const result = spawnSync('npm', ['--prefix', ROOT, 'run', '--silent', 'import', '--', ...args], { cwd, encoding: 'utf8', ...STOPPED_IF_HUNG });
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
    const result = runImportProcess([FIXTURE, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(join(out, WRITTEN));
    expect(readdirSync(out)).toEqual([WRITTEN]);
    const written = readFileSync(join(out, WRITTEN), 'utf8');
    expect(written).toMatch(/^---\ntitle: News conference following Russian-Tavrian talks\ndate: 2024-06-14\n/);
    expect(written).toContain('\nsource: http://en.kremlin.ru/d/74301\n');
    expect(written).toContain('\n## pavel-zarubin\n\nRossiya TV channel. Mr\u00a0President,');
  });

  test('the process exits with the status the command returns, and prints its message', () => {
    const result = runImportProcess(['missing.txt']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('missing.txt: cannot read the raw transcript: no such file');
  });

  test('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const out = emptyFolder();
    fileIn(out, WRITTEN, 'an editor’s work\n');
    const refused = await runImport([FIXTURE, '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(`${join(out, WRITTEN)}: the file already exists: pass --force to replace it`);
    expect(readFileSync(join(out, WRITTEN), 'utf8')).toBe('an editor’s work\n');

    const forced = await runImport([FIXTURE, '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(out, WRITTEN), 'utf8')).toContain('## dmitry-peskov');
    expect(readdirSync(out)).toEqual([WRITTEN]);
  });

  test('--dry-run prints the Markdown and writes nothing', async () => {
    const out = emptyFolder();
    const result = await runImport([FIXTURE, '--out', out, '--dry-run', '--source', 'http://en.kremlin.ru/events/president/news/74301']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^---\ntitle: /);
    expect(result.stdout).toContain('source: http://en.kremlin.ru/events/president/news/74301\nshortLink: http://en.kremlin.ru/d/74301\n');
    expect(readdirSync(out)).toEqual([]);
  });

  test('--slug names the file; --speakers fixes a speaker', async () => {
    const out = emptyFolder();
    const speakers = fileIn(out, 'speakers.json', '{ "maria-kovalenko": { "key": "m-kovalenko", "role": "Tavria Today TV channel" } }');
    const result = await runImport([FIXTURE, '--out', join(out, 'site'), '--slug', 'tavria-talks', '--speakers', speakers]);
    expect(result.status).toBe(0);
    const written = readFileSync(join(out, 'site', 'tavria-talks.md'), 'utf8');
    expect(written).toContain('  - key: m-kovalenko\n    name: Maria Kovalenko\n    role: Tavria Today TV channel\n');
    expect(written).toContain('\n## m-kovalenko\n');
  });

  test('paths are read from the folder the command is run in', () => {
    const here = emptyFolder();
    fileIn(here, 'raw.txt', readFileSync(FIXTURE));
    const result = npmRunImport(['raw.txt', '--out', 'out'], here);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(join('out', WRITTEN));
    expect(readdirSync(join(here, 'out'))).toEqual([WRITTEN]);
  });

  test('warnings name the raw file and line, and do not stop the import', async () => {
    const out = emptyFolder();
    const raw = join(ROOT, 'tests', 'fixtures', 'import', 'look-alike-sentences', 'input.txt');
    const result = await runImport([raw, '--out', out, '--source', 'http://en.kremlin.ru/events/president/news/1']);
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

  test.each(cases)('%s', async (_, args, message) => {
    const out = join(here, 'out');
    const result = await runImport([...args, '--out', out], here);
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
  ])('usage errors: %s', async (_, args, message) => {
    const result = await runImport(args, here);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run import -- <page.txt | page.html | folder/>');
  });
});

describe('npm run import -- folder/', () => {
  const pages = emptyFolder();
  const out = join(pages, '..', `${basename(pages)}-out`);
  const copy = (from: string, to = basename(from)) => writeFileSync(join(pages, to), readFileSync(join(ROOT, 'tests', 'fixtures', 'import', from)));
  copy('saved-page/input.html', 'a-saved-page.html');
  copy('archive/2006-press-statement.txt');
  copy('errors/folder-with-unreadable-file/answers.txt');
  copy('errors/folder-with-unreadable-file/saved-in-latin1.txt');
  // Last in order, so only the pages imported before it in this run can give it keys.
  copy('archive/2002-regional-journalists.txt', 'z-regional-journalists.txt');
  writeFileSync(join(pages, 'notes.md'), 'not a page: only .txt and .html files are imported\n');
  const speakers = fileIn(emptyFolder(), 'speakers.json', '{ "andrei-kolesnikov": { "key": "andrei-kolesnikov-kommersant" } }');
  const written = ['2002-02-18-meeting-regional-journalists.md', '2006-02-18-press-statement-answers-journalists.md', '2022-02-18-answers-journalists-questions.md', '2022-02-18-russian-belarusian-talks.md'];
  const rowOf = (stdout: string, file: string) => stdout.split('\n').find((row) => row.includes(file)) ?? '';
  let first: ScriptRun;

  test('imports every page, a failed one does not stop the others, a table closes, and the status is 1', async () => {
    first = await runImport([pages, '--out', out, '--speakers', speakers]);
    expect(first.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(written);
    const [header] = first.stdout.split('\n');
    expect(header).toMatch(/^file +slug +turns +speakers +result$/u);
    expect(rowOf(first.stdout, 'a-saved-page.html')).toMatch(/ 2022-02-18-russian-belarusian-talks +8 +4 +written$/u);
    expect(rowOf(first.stdout, '2006-press-statement.txt')).toMatch(/ 2006-02-18-press-statement-answers-journalists +3 +2 +written, 1 warning$/u);
    expect(rowOf(first.stdout, 'answers.txt')).toMatch(/ 2022-02-18-answers-journalists-questions +3 +2 +written, 1 warning$/u);
    expect(rowOf(first.stdout, 'z-regional-journalists.txt')).toMatch(/ 2002-02-18-meeting-regional-journalists +3 +2 +written, 3 warnings$/u);
    expect(first.stderr).toContain('2006-press-statement.txt: warning: the text gives no address of its page');
    expect(rowOf(first.stdout, 'saved-in-latin1.txt')).toMatch(/ - +- +- +failed: .*saved-in-latin1\.txt:5: this is not UTF-8 text: save the file as UTF-8$/u);
    expect(first.stdout).not.toContain('notes.md');
  });

  test('one person keeps one key across the files, whatever the form of the label', () => {
    const saved = readFileSync(join(out, written[3] as string), 'utf8');
    const older = readFileSync(join(out, written[1] as string), 'utf8');
    const oldest = readFileSync(join(out, written[0] as string), 'utf8');
    expect(oldest).toContain('\n  - key: vladimir-putin\n    name: V. Putin\n');
    expect(oldest).toContain('\n  - key: alyona-syrova\n    name: A. Syrova\n    role: STV Channel\n');
    expect(first.stderr).toContain('z-regional-journalists.txt:15: warning: "V. Putin" was taken to be "Vladimir Putin" of ');
    expect(saved).toContain('\n  - key: andrei-kolesnikov-kommersant\n    name: Andrei Kolesnikov\n');
    expect(older).toContain('\n  - key: vladimir-putin\n    name: Vladimir Putin\n    role: President of Russia\n');
    expect(older).toContain('\n## andrei-kolesnikov-kommersant\n');
  });

  test('running it again changes nothing; a changed file is kept unless --force', async () => {
    rmSync(join(pages, 'saved-in-latin1.txt'));
    const before = written.map((name) => statSync(join(out, name)).mtimeMs);
    const again = await runImport([pages, '--out', out, '--speakers', speakers]);
    expect(again.status).toBe(0);
    for (const name of ['a-saved-page.html', '2006-press-statement.txt', 'answers.txt', 'z-regional-journalists.txt']) expect(rowOf(again.stdout, name)).toMatch(/ unchanged(?:, \d warnings?)?$/u);
    expect(written.map((name) => statSync(join(out, name)).mtimeMs)).toEqual(before);

    writeFileSync(join(out, written[2] as string), 'an editor’s work\n');
    const kept = await runImport([pages, '--out', out, '--speakers', speakers]);
    expect(kept.status).toBe(0);
    expect(rowOf(kept.stdout, 'answers.txt')).toMatch(/ kept: another text is there \(--force replaces it\), 1 warning$/u);
    expect(readFileSync(join(out, written[2] as string), 'utf8')).toBe('an editor’s work\n');

    const forced = await runImport([pages, '--out', out, '--speakers', speakers, '--force']);
    expect(forced.status).toBe(0);
    expect(rowOf(forced.stdout, 'answers.txt')).toMatch(/ written, 1 warning$/u);
    expect(readFileSync(join(out, written[2] as string), 'utf8')).toContain('\n## question\n');
    expect(readdirSync(out).sort()).toEqual(written);
  });

  test('on a terminal it shows progress, n of N and the file', () => {
    const command = ['npm', '--prefix', ROOT, 'run', '--silent', 'import', '--', pages, '--out', out, '--speakers', speakers].map((part) => `'${part}'`).join(' ');
    const result = spawnSync('script', ['-qefc', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', ...STOPPED_IF_HUNG });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`1 of 4: ${join(pages, '2006-press-statement.txt')}`);
    expect(result.stdout).toContain(`4 of 4: ${join(pages, 'z-regional-journalists.txt')}`);
  });

  test('--slug, --source and --dry-run are for one file', async () => {
    const result = await runImport([pages, '--slug', 'one']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('import: --slug is for one file, not a folder');
  });
});
