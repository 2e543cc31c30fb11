import { IN_DEV_SERVER } from './dev-server.ts';

// The dev server (`npm run dev`) puts every style sheet and its client inline (Vite's hot reload,
// Astro's dev toolbar): allowed there, or the pages a newcomer opens would be unstyled. Never in a build.
const DEV_INLINE = IN_DEV_SERVER ? " 'unsafe-inline'" : '';

/**
 * The site's Content Security Policy, delivered in a <meta> of every page (BaseLayout): the site
 * is copied to hosts whose headers nobody here controls, and opened from disk, where only a meta
 * element can carry a policy.
 *
 * - Scripts and styles come only from the site's own files: no inline code, no eval, so text
 *   that reached a page from a notice could never run even if a template failed to escape it.
 * - 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it allows no eval().
 * - `npm run dev` alone also allows inline scripts and styles (below).
 * - frame-ancestors, report-uri and sandbox are left out: a browser ignores them in a <meta>
 *   and chromium logs a console message saying so.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval'${DEV_INLINE}`,
  `style-src 'self'${DEV_INLINE}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
