import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * A short digest of project files and of every module of `src/` they import, by paths
 * relative to `root`, so that a cache keyed by it survives a move to another folder. A
 * source may be a folder (all of its files) or a file (`package-lock.json`, for the installed
 * packages). `visited` collects the files read, for tests.
 *
 * `sourceDigest('/work/main', ['src/integrations/search-records.ts'])` → `'3f9a1c0b7d2e'`,
 * the same until that file, or a module it imports such as `src/utils/turn-text.ts`, changes.
 */
export function sourceDigest(root: string, sources: readonly string[], visited?: string[]): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    const source = readFileSync(path);
    visited?.push(relative(root, path));
    hash.update(relative(root, path)).update('\0').update(source).update('\0');
    if (path.startsWith(join(root, 'src')) && /\.(?:ts|mjs|js)$/.test(path)) for (const imported of relativeImports(path, source.toString('utf8'))) visit(imported);
  };
  for (const source of sources) visit(join(root, source));
  return hash.digest('hex').slice(0, 12);
}

/** The project files a module imports (`./x`, `../utils/y.ts`, `./strings.json`). */
function relativeImports(file: string, source: string): string[] {
  return [...source.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)].flatMap(([, specifier = '']) => {
    const base = join(dirname(file), specifier);
    return [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')].filter((candidate) => existsSync(candidate) && statSync(candidate).isFile()).slice(0, 1);
  });
}
