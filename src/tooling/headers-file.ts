/** One block of a `_headers` file: a URL pattern and the headers it sets or detaches. */
export interface HeaderRule {
  pattern: string;
  /** Headers in file order; a name may repeat. */
  set: [name: string, value: string][];
  /** Header names removed from earlier matching rules (Cloudflare's `! Name`). */
  detach: string[];
}

/**
 * Reads a `_headers` file in the Netlify and Cloudflare Pages convention:
 *
 * ```
 * # comment
 * /*
 *   X-Content-Type-Options: nosniff
 * /pagefind/*
 *   Cache-Control: public, max-age=3600
 *   ! X-Robots-Tag
 * ```
 *
 * A URL pattern starts at the beginning of a line; its headers are the indented lines below it.
 * Anything else is an error with its line, so a typo cannot silently drop a security header.
 */
export function parseHeadersFile(text: string, fileName = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const fail = (reason: string) => new Error(`${fileName}:${index + 1}: ${reason}: ${JSON.stringify(line)}`);
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw fail('a URL pattern must start with "/"');
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw fail('a header must follow a URL pattern');
    const detached = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(line);
    if (detached?.[1]) {
      rule.detach.push(detached[1]);
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
    if (!header?.[1] || !header[2]) throw fail('expected "Name: value"');
    rule.set.push([header[1], header[2]]);
  });
  return rules;
}

/**
 * The headers a static host sends for `path`: every matching rule applies, in file order; a
 * header set by several rules is joined with ", " as both hosts do; `! Name` removes it.
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(path)) continue;
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return headers;
}

/** `*` matches anything (slashes included), `:name` one path segment; the rest is literal. */
function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}
