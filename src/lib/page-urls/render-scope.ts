/**
 * The page being rendered, kept across the render's awaits (AsyncLocalStorage), so url() can write
 * links relative to it. Server-only: it imports node:async_hooks, so nothing a browser loads may
 * import it (url-scope.ts is the part the URL helpers read). Pages rendered at once (Astro's
 * parallel prerendering) each see their own folder.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { installPageDirReader } from './url-scope.ts';

const scope = new AsyncLocalStorage<string>();
installPageDirReader(() => scope.getStore());

/** Run a page's render (the middleware's `next`) with url() writing links relative to `pageDir`. */
export function renderInFolder<T>(pageDir: string, render: () => T): T {
  return scope.run(pageDir, render);
}
