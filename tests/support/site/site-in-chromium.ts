import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { CHROMIUM_PATH, launchChromium, skipChromium } from './chromium.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { recordVisits, watchErrors, type WatchOptions } from './watch-errors.ts';

/** A built site served over http and a chromium to open it in, live from the block's beforeAll to its afterAll. */
export interface SiteInChromium {
  /** The static server; its url ends in "/" (the base it serves under). */
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** One tab in a browser context of its own, and what the context has recorded since it opened. */
export interface ChromiumTab {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors, failed requests and HTTP errors (watchErrors). */
  readonly errors: string[];
  /** Every page the context opened (recordVisits). */
  readonly visits: string[];
  /** Every dialog a page opened, as "type: message"; each is dismissed. */
  readonly dialogs: string[];
}

/** How to open a tab: the context's options, what its error record may leave out, and work before the page opens. */
export interface TabOptions extends WatchOptions {
  context?: BrowserContextOptions;
  /** Runs on the new context before its page opens, e.g. to grant permissions or record CSP violations. */
  prepare?: (context: BrowserContext) => Promise<void> | void;
}

/** The value a hook set, or an error saying it was read outside the block's tests. */
function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not open: read it inside a test of the describe block that set it up`);
  return value;
}

/** A describe block of browser tests: skipped where chromium is missing outside CI, and its title says so. */
export function describeInChromium(title: string, body: () => void): void {
  describe.skipIf(skipChromium)(`${title}${skipChromium ? ` (skipped: no ${CHROMIUM_PATH})` : ''}`, body);
}

/**
 * Serve a built site at `base` and launch chromium before the tests of the describe block this is
 * called in; close both after them. `root` is read in the hook, so a site an earlier hook of the
 * block builds can be served.
 * @example const site = serveInChromium(siteDist, '/sub/dir/'); … await page.goto(`${site.server.url}search/`)
 */
export function serveInChromium(root: () => string, base = '/'): SiteInChromium {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(root(), base);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return started(server, 'the site server');
    },
    get browser() {
      return started(browser, 'chromium');
    },
  };
}

/**
 * Open a tab of `browser()` before the tests of the describe block this is called in (after the
 * hooks registered before it, so after serveInChromium's), recording its errors, visits and
 * dialogs from the start; close its context after them.
 */
export function openTab(browser: () => Browser, { context: options, prepare, ...watch }: TabOptions = {}): ChromiumTab {
  let tab: ChromiumTab | undefined;
  beforeAll(async () => {
    const context = await browser().newContext(options);
    const errors = watchErrors(context, watch);
    const visits = recordVisits(context);
    const dialogs: string[] = [];
    context.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await prepare?.(context);
    tab = { context, page: await context.newPage(), errors, visits, dialogs };
  }, 60_000);
  afterAll(async () => {
    await tab?.context.close();
  });
  return {
    get context() {
      return started(tab, 'the tab').context;
    },
    get page() {
      return started(tab, 'the tab').page;
    },
    get errors() {
      return started(tab, 'the tab').errors;
    },
    get visits() {
      return started(tab, 'the tab').visits;
    },
    get dialogs() {
      return started(tab, 'the tab').dialogs;
    },
  };
}
