import strings from './en.json';

export type UiKey = keyof typeof strings;

/**
 * Every string the interface shows, in one place, so a second language is a second file.
 * `{name}` placeholders are filled from `values`.
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}
