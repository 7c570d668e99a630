/** A Content Security Policy as directive name → sources, in the order written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The policy without its hash sources, which differ from page to page. */
export function withoutHashes(policy: Policy): Policy {
  return new Map([...policy].map(([name, sources]) => [name, sources.filter((source) => !/^'sha(256|384|512)-/.test(source))]));
}

/** Directives a `<meta>` policy cannot carry; browsers ignore them there. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];
