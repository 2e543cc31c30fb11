import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';
import { siteDist } from '../support/site/dist.ts';
import { loadSite } from '../support/site/html-pages.ts';
import { findPolicyProblems, findPolicyWeaknesses, parsePolicy } from './support/page-policy.ts';

/**
 * The site's Content-Security-Policy (src/lib/csp.ts), checked in the built pages. That chromium
 * enforces it, from disk too, and that browsing and searching cause no violation is tested in
 * three-places.test.ts and hostile-notice.test.ts.
 */

describe('the policy', () => {
  test("lets no inline or eval'd script or inline style run, and loads nothing from another host", () => {
    expect(findPolicyWeaknesses(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  test("allows WebAssembly compilation for Pagefind ('wasm-unsafe-eval') and nothing but the site's own files", () => {
    const directives = parsePolicy(CONTENT_SECURITY_POLICY);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  // CSP 3 has a browser ignore these when delivered in a <meta>; chromium logs a console message for each.
  test.each(['frame-ancestors', 'report-uri', 'sandbox'])('has no %s, which a <meta> cannot carry', (directive) => {
    expect(parsePolicy(CONTENT_SECURITY_POLICY).has(directive)).toBe(false);
  });

  test.each([
    ["default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'", ["script-src allows 'unsafe-inline'"]],
    ["default-src *; object-src 'none'; base-uri 'none'", ['script-src allows *', 'style-src allows *']],
    ["script-src 'self'; style-src 'self'", ["object-src is not 'none'", 'no base-uri']],
  ])('a weak policy is caught: %s', (policy, weaknesses) => {
    expect(findPolicyWeaknesses(policy)).toEqual(weaknesses);
  });
});

describe('every built page', () => {
  const pages = loadSite(siteDist());

  test('carries the policy in one <meta> ahead of every script and stylesheet, and holds nothing it refuses', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap((page) => findPolicyProblems(page.tree, CONTENT_SECURITY_POLICY).map((problem) => `${page.file}: ${problem}`))).toEqual([]);
  });
});
