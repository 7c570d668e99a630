import { SITE_LANG } from '../consts';
import strings from './en.json';

export type UiKey = keyof typeof strings;

/**
 * Every string the interface shows, in one place, so a second language is a second file.
 * `{name}` placeholders are filled from `values`.
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  const text = strings[key];
  // Most strings have no placeholder, and a build of 35,000 pages asks for them millions of times.
  return text.includes('{') ? text.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder)) : text;
}

/** The base names of strings that come in `.one` and `.other` forms. */
type PluralKey = { [K in UiKey]: K extends `${infer Base}.one` ? Base : never }[UiKey];

const plurals = new Intl.PluralRules(SITE_LANG);
const counts = new Intl.NumberFormat(SITE_LANG);

/** "1 turn", "1,234 turns": a count with the right form of its noun. */
export function tc(key: PluralKey, count: number): string {
  const form = plurals.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as UiKey, { count: counts.format(count) });
}
