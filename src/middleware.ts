/**
 * Every page is rendered inside its folder's scope (lib/page-urls/), so url() writes its links
 * relative to the page as it renders: one build works at a web root, under any sub-path and opened
 * from disk, and the post-build pass no longer rereads every page to rewrite them. The links Astro
 * writes itself into the head (its stylesheets) are made relative here too, so the post-build
 * pass need not rewrite every page on disk. Astro runs this for each prerendered page at build
 * time and renders the page inside `next()`.
 */
import { defineMiddleware } from 'astro:middleware';
import { IN_DEV_SERVER } from './lib/dev-server.ts';
import { relativeHeadAssets } from './lib/page-urls/head-assets.ts';
import { pageDirOf } from './lib/page-urls/page-dir.ts';
import { renderInFolder } from './lib/page-urls/render-scope.ts';

/** Render the page with url() writing links relative to it, and Astro's own links in its head made relative after. */
export const onRequest = defineMiddleware((context, next) => {
  // The dev server renders each page on request at its folder's URL and runs no post-build pass:
  // its links stay root-absolute, as Astro's own are there.
  if (IN_DEV_SERVER) return next();
  const pageDir = pageDirOf(context.url.pathname, import.meta.env.BASE_URL);
  if (pageDir === undefined) return next();
  return renderInFolder(pageDir, async () => {
    const response = await next();
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
    const html = await response.text();
    // The body's length changes: a length Astro set for the old one would be wrong.
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(relativeHeadAssets(html, pageDir), { status: response.status, statusText: response.statusText, headers });
  });
});
