import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
  }
}

/** axe-core's browser bundle, injected into the page under test. */
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Every WCAG 2 level A and AA rule axe has: 2.0, 2.1 and 2.2. */
export const WCAG2_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Run axe's WCAG 2 A/AA rules on the page as it is now; one line per failing element,
 * "rule (impact): help — selector". The page's context must bypass the CSP (`bypassCSP: true`):
 * the site's policy rightly refuses the injected script.
 */
export async function findAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (tags) => {
    const results = await window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, WCAG2_A_AA);
  return violations.flatMap((v) => v.targets.map((target) => `${v.id} (${v.impact}): ${v.help} — ${target}`));
}
