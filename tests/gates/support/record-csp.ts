import type { BrowserContext } from 'playwright-core';

/** The binding the init script reports through; named so no page script could collide with it. */
const BINDING = '__gateReportCspViolation';

/**
 * Record every Content-Security-Policy violation in a context from now on: a test-side init
 * script listens for `securitypolicyviolation` in every document and reports through a binding,
 * so violations survive navigation. Returns the live list, "page: directive blocked what (where)".
 * Playwright runs init scripts outside the page's CSP, so the listener itself is never refused.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding(BINDING, ({ page }, report: string) => {
    violations.push(`${page?.url() ?? '?'}: ${report}`);
  });
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding];
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || '?'}:${event.lineNumber} ${event.sample}`);
    });
  }, BINDING);
  return violations;
}
