/**
 * The site's Content Security Policy, delivered in a <meta> of every page (BaseLayout): the site
 * is copied to hosts whose headers nobody here controls, and opened from disk, where only a meta
 * element can carry a policy.
 *
 * - Scripts and styles come only from the site's own files: no inline code, no eval, so text
 *   that reached a page from a notice could never run even if a template failed to escape it.
 * - 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it allows no eval().
 * - frame-ancestors, report-uri and sandbox are left out: a browser ignores them in a <meta>
 *   and chromium logs a console message saying so.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
