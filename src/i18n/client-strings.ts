import { t, type UiKey } from './t';

/** Every page of a build asks for the same few sets of strings. */
const built = new Map<string, string>();

/**
 * The strings a client element needs, as JSON for its `data-strings` attribute. Placeholders
 * stay unfilled: the script fills them (see `src/browser/ui-strings.ts`).
 */
export function clientStrings(keys: UiKey[]): string {
  const id = keys.join(' ');
  let json = built.get(id);
  if (json === undefined) {
    json = JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)])));
    built.set(id, json);
  }
  return json;
}
