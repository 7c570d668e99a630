import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 AA, which includes every earlier level, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What each check asks axe for: the tags' rules, and the details of violations only. */
const RUN_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };

/** axe-core's own script, put into the page under test. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    /** axe-core, once {@link axeViolations} has put it into the page. */
    axe?: { run: (context: Document | { include: string[] }, options: RunOptions) => Promise<AxeResults> };
  }
}

/**
 * axe-core's violations on the page as it is now (or in the part `scope` selects), one readable
 * line per failing element.
 *
 * axe runs in the page itself, put there once per page load: a page checked in several views
 * runs the same, already compiled axe each time (putting it in again, as @axe-core/playwright
 * does for every check, made each later check on the transcript page about 0.3 s slower). The
 * site's pages have no frames at all, and a page that gets one is reported here rather than
 * checked only in part. Only violations are asked for in full (`resultTypes`): axe still runs
 * every rule on every element, but it collects the details of passing and inapplicable nodes
 * for one node each instead of thousands.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  const frames = page.frames().filter((frame) => frame !== page.mainFrame());
  if (frames.length > 0) return [`the page has ${frames.length} frame(s), which this check does not look into: ${frames.map((frame) => frame.url()).join(', ')}`];
  // Evaluated through the DevTools protocol, so the page's own CSP does not apply to it.
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ([include, runOptions]) => {
      const axe = window.axe;
      if (!axe) throw new Error('axe-core did not load into the page');
      const results = await axe.run(include ? { include: [include] } : document, runOptions);
      return results.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target: target.map(String), failureSummary })) }));
    },
    [scope, RUN_OPTIONS] as const,
  );
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  );
}
