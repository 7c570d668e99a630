import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 AA, which includes every earlier level, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's violations on the page as it is now (or in the part `scope` selects), one readable
 * line per failing element.
 *
 * axe runs in the page itself (AxeBuilder's legacy mode). The default mode opens a blank page
 * for every check to merge the results of cross-origin frames, which took three quarters of
 * each check's time; the site's pages have no frames at all, and a page that gets one is
 * reported here rather than checked only in part. Only violations are asked for in full
 * (`resultTypes`): axe still runs every rule on every element, but it collects the details of
 * passing and inapplicable nodes for one node each instead of thousands.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  const frames = page.frames().filter((frame) => frame !== page.mainFrame());
  if (frames.length > 0) return [`the page has ${frames.length} frame(s), which this check does not look into: ${frames.map((frame) => frame.url()).join(', ')}`];
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  const results = await (scope ? builder.include(scope) : builder).analyze();
  return results.violations.flatMap((violation: Result) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  );
}
