import type { ConsoleMessage } from 'playwright-core';

/**
 * Whether a console error is chromium's own request for /favicon.ico at the server's root failing.
 * It asks for one when it shows a document that names no icon (a downloaded notice, a JSON file);
 * the site's pages name favicon.svg, and under a sub-path the server's root is not the site's.
 */
export function isBrowserFaviconError(message: ConsoleMessage): boolean {
  const { url } = message.location();
  return /^https?:/.test(url) && new URL(url).pathname === '/favicon.ico';
}
