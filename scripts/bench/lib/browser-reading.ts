import type { Browser } from 'playwright-core';

export interface ReadingFigures {
  path: string;
  /** Requests and transferred (gzip) bytes to load the page with JavaScript on. */
  requests: number;
  bytes: number;
  /** Of those, JavaScript. */
  scriptBytes: number;
  /** Requests and bytes with JavaScript off: what reading the page needs. */
  requestsWithoutJs: number;
  bytesWithoutJs: number;
  /** With JavaScript off: turns on the page and whether each shows its text. */
  turnsWithoutJs: number;
  readableWithoutJs: boolean;
}

/**
 * Loads a transcript page in Chromium as a first-time reader would (empty cache), counting
 * every request and the bytes on the wire, then again with JavaScript off to show that
 * reading needs none.
 */
export async function readingFigures(browser: Browser, siteUrl: string, path: string): Promise<ReadingFigures> {
  const url = new URL(path.slice(1), siteUrl).href;
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Promise<{ type: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    responses.push(request.sizes().then((sizes) => ({ type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const loaded = await Promise.all(responses);
  await context.close();

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  const plainResponses: Promise<number>[] = [];
  plain.on('requestfinished', (request) => plainResponses.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)));
  await plain.goto(url, { waitUntil: 'networkidle' });
  const plainBytes = await Promise.all(plainResponses);
  const turns = await plain.$$eval('section.turn', (sections) => sections.map((section) => (section as HTMLElement).innerText.trim().length > 0 && (section as HTMLElement).offsetHeight > 0));
  await noScript.close();
  return {
    path,
    requests: loaded.length,
    bytes: loaded.reduce((sum, response) => sum + response.bytes, 0),
    scriptBytes: loaded.filter((response) => response.type === 'script').reduce((sum, response) => sum + response.bytes, 0),
    requestsWithoutJs: plainBytes.length,
    bytesWithoutJs: plainBytes.reduce((sum, bytes) => sum + bytes, 0),
    turnsWithoutJs: turns.length,
    readableWithoutJs: turns.length > 0 && turns.every(Boolean),
  };
}
