import type { BrowserContext, ConsoleMessage } from 'playwright-core';

/** What a caller may knowingly leave out of the record. */
export interface WatchOptions {
  /** Console errors that are not the site's, e.g. the browser's own request for /favicon.ico. */
  ignoreConsole?: (message: ConsoleMessage) => boolean;
}

/**
 * Record everything that went wrong in a browser context from now on: console errors, uncaught
 * page errors, requests that failed (not merely aborted) and responses with status 400 or more.
 * Returns the live list.
 */
export function watchErrors(context: BrowserContext, { ignoreConsole }: WatchOptions = {}): string[] {
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && !ignoreConsole?.(message)) errors.push(`console error on ${message.page()?.url()}: ${message.text()}`);
  });
  context.on('weberror', (error) => errors.push(`uncaught error on ${error.page()?.url()}: ${error.error().message}`));
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Chromium aborts what is still loading (the favicon, mostly) when a click leaves the page; a
    // file that is really missing answers 404, which the response listener records.
    if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} (${reason})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/**
 * Record the URL of every page a browser context opens from now on (each navigation of a tab's
 * main frame, file:// included). Returns the live list: a check of "no error on any page visited"
 * first requires that the pages it speaks for were visited, or it would pass run alone.
 */
export function recordVisits(context: BrowserContext): string[] {
  const visits: string[] = [];
  context.on('page', (page) =>
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url() !== 'about:blank') visits.push(frame.url());
    }),
  );
  return visits;
}
