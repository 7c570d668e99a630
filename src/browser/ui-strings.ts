/**
 * Interface strings for a client element, handed over by the page in `data-strings` (see
 * `clientStrings`), so that scripts carry no copy of `en.json`. `{name}` placeholders are
 * filled from `values`; a count picks `key.one` or `key.other` by the language's plural rules.
 */
export function readStrings(element: HTMLElement) {
  const strings = JSON.parse(element.dataset['strings'] ?? '{}') as Record<string, string>;
  const plurals = new Intl.PluralRules(document.documentElement.lang || undefined);
  const text = (key: string, values: Record<string, string | number> = {}): string =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
  return {
    text,
    count: (key: string, count: number, values: Record<string, string | number> = {}): string =>
      text(`${key}.${plurals.select(count) === 'one' ? 'one' : 'other'}`, { ...values, count: count.toLocaleString(document.documentElement.lang || undefined) }),
  };
}
