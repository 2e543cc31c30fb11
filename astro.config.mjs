// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { keepBuiltPages } from './scripts/astro/keep-built-pages.ts';
import { mdxCompileCache } from './scripts/astro/mdx-compile-cache.ts';
import { codeVersion } from './scripts/code-version.ts';

/**
 * Astro's incremental build reuses a page while its own modules and the config are unchanged;
 * the middleware, which every page's links pass through, is neither. A hash of its code in the
 * config (Astro hashes `vite.define`) renders every page again when it changes.
 */
const RENDER_CODE = await codeVersion(import.meta.dirname, ['src/middleware.ts', 'src/lib/page-urls']);

/** The site: static pages from content/ (emitted by `npm run ingest`), one folder per page. */
export default defineConfig({
  // Absolute URLs (sitemap, canonical links) only when a deployment says where it lives.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  // A bench or test build writes elsewhere; `npm run build` writes dist/.
  outDir: process.env.HEALTHY_DIST_DIR || './dist',
  // Such a build also keeps its own content cache, so it never races the default build's.
  cacheDir: process.env.HEALTHY_CACHE_DIR || './node_modules/.astro',
  // Stylesheets always as files: the Content-Security-Policy (src/lib/csp.ts) allows no inline style.
  // Two pages in flight: one renders while the other is written to disk (Astro renders on one
  // thread; a page keeps its own folder for its links through src/lib/page-urls/render-scope.ts).
  // The same dist/ byte for byte, about 15% less wall time (README, Performance).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  markdown: {
    // unified() compiles .mdx with @mdx-js/mdx, the parser scripts/emit escapes for and tests against
    // (the default Sätteri processor is a different parser). Notice text must show exactly as printed:
    // no smartypants (it would curl quotes and turn -- into dashes), and no GFM, whose autolink literals
    // swallow backslash escapes (`www.\<` becomes JSX and fails the build; remarkjs/remark-gfm#33).
    processor: unified({ gfm: false, smartypants: false }),
  },
  vite: { define: { __HEALTHY_RENDER_CODE__: JSON.stringify(RENDER_CODE) } },
  // A rebuild leaves the last build's pages in place rather than emptying dist/ and copying them back.
  // Open data and the search index read only content/: they run beside the render, on the core
  // Astro leaves idle, rather than after it.
  // Each plan text's compiled MDX is kept between builds: a rebuild compiles only the texts that changed.
  integrations: [
    mdx(),
    mdxCompileCache(),
    keepBuiltPages({
      beside: [
        { stage: 'open data', script: 'scripts/open-data.ts' },
        { stage: 'search index', script: 'scripts/search-index.ts' },
      ],
    }),
  ],
  // A page whose getStaticPaths() key (src/lib/page-key.ts) and code are unchanged since the last
  // build is copied from cacheDir instead of rendered again: a rebuild after editing one notice
  // renders that plan's pages, the pages that show it, and the site-wide lists.
  experimental: { incrementalBuild: true },
});
