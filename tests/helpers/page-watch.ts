import type { BrowserContext, ConsoleMessage, Dialog, Page, Request } from 'playwright-core';

/** What a browser context did while a test drove it. */
export interface Watch {
  /** The URL of every request: pages, assets, fetches, workers. */
  requests: string[];
  /** Each `securitypolicyviolation` event (page or worker) and each CSP error in the console. */
  cspViolations: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
  /** Every `alert()`, `confirm()` or `prompt()`, which hostile content would use to prove it ran. */
  dialogs: string[];
}

declare global {
  interface Window {
    /** Filled by the init script below; read back by {@link cspEventsOn}. */
    __cspViolations?: string[];
  }
}

/**
 * Records everything a context (or one page) requests and every CSP violation, uncaught error
 * and dialog. Violations come from two places: the `securitypolicyviolation` event, listened
 * for before any page script runs, and Chromium's "Refused to …" console errors, which also
 * cover workers.
 */
export async function watch(target: BrowserContext | Page): Promise<Watch> {
  const seen: Watch = { requests: [], cspViolations: [], errors: [], dialogs: [] };
  await target.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} on ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const request = (sent: Request) => seen.requests.push(sent.url());
  const consoleError = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Content Security Policy|Refused to/i.test(text)) seen.cspViolations.push(text);
    else seen.errors.push(`${text} (${message.location().url})`);
  };
  const dialog = (opened: Dialog) => {
    seen.dialogs.push(`${opened.type()}: ${opened.message()}`);
    void opened.dismiss();
  };
  if ('pages' in target) {
    target.on('request', request).on('console', consoleError).on('dialog', dialog);
    target.on('weberror', (error) => seen.errors.push(String(error.error())));
  } else {
    target.on('request', request).on('console', consoleError).on('dialog', dialog);
    target.on('pageerror', (error) => seen.errors.push(String(error)));
  }
  return seen;
}

/** The `securitypolicyviolation` events the page has seen since it loaded. */
export async function cspEventsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}
