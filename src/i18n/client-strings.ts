import { t, type UiKey } from './t';

/**
 * The strings a client element needs, as JSON for its `data-strings` attribute. Placeholders
 * stay unfilled: the script fills them (see `src/scripts/ui-strings.ts`).
 */
export function clientStrings(keys: UiKey[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)])));
}
