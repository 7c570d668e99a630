import type { Page } from 'playwright-core';

/** A window a reader sees a page in: a width (the height is 800 px) and a colour scheme. */
export interface View {
  width: number;
  scheme: 'light' | 'dark';
}

/** `360 px, dark`: how a view is named in a failure. */
export const viewName = ({ width, scheme }: View): string => `${width} px, ${scheme}`;

/**
 * Runs `check` on an open page in each view, in order: the page is loaded once and then
 * resized and switched between schemes, as a reader turning a phone or changing the system's
 * scheme does, instead of being loaded again for each view. Returns each view's problems by
 * {@link viewName}, so that a failure names its view; a view the page did not take (its width
 * or scheme) is a problem too. {@link noProblems} is the result to expect.
 *
 * ```ts
 * expect(await inEachView(page, VIEWS, axeViolations)).toEqual(noProblems(VIEWS));
 * // a contrast fault only in dark at 360 px fails as { '360 px, dark': ['color-contrast …'], … }
 * ```
 */
export async function inEachView(page: Page, views: readonly View[], check: (page: Page) => Promise<string[]>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const view of views) {
    await page.setViewportSize({ width: view.width, height: 800 });
    await page.emulateMedia({ colorScheme: view.scheme });
    const taken = await page.evaluate(() => ({ width: document.documentElement.clientWidth, dark: matchMedia('(prefers-color-scheme: dark)').matches }));
    found[viewName(view)] = [
      ...(taken.width === view.width ? [] : [`the window is ${taken.width} px wide`]),
      ...(taken.dark === (view.scheme === 'dark') ? [] : ['the page did not take the colour scheme']),
      ...(await check(page)),
    ];
  }
  return found;
}

/** What {@link inEachView} returns when no view has a problem. */
export const noProblems = (views: readonly View[]): Record<string, string[]> => Object.fromEntries(views.map((view) => [viewName(view), []]));
