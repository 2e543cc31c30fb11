import type { Page } from 'playwright-core';

/** Computed properties any of which may mark the targeted clause. */
const HIGHLIGHT = ['background-color', 'outline-style', 'outline-color', 'box-shadow', 'border-left-color', 'border-left-width'];

/** How the clause a URL fragment names looks now: targeted, in view, and styled unlike an ordinary clause. */
export interface ClauseHighlight {
  /** The id of the element matching :target, or null. */
  target: string | null;
  inView: boolean;
  /** Whether its highlight properties differ from those of another clause neither inside nor around it. */
  highlighted: boolean;
}

/** Read how the clause `id` of the page now open is shown; its class names the clause kind ("clause"). */
export function readClauseHighlight(page: Page, id: string): Promise<ClauseHighlight> {
  return page.evaluate(
    ([id, properties]) => {
      const element = document.getElementById(id);
      if (!element) return { target: document.querySelector(':target')?.id ?? null, inView: false, highlighted: false };
      const other = [...document.querySelectorAll(`.${CSS.escape(element.classList[0] ?? 'clause')}`)].find(
        (candidate) => !candidate.contains(element) && !element.contains(candidate),
      );
      const style = (node: Element) => properties.map((p) => getComputedStyle(node).getPropertyValue(p)).join('|');
      const box = element.getBoundingClientRect();
      return {
        target: document.querySelector(':target')?.id ?? null,
        inView: box.top >= 0 && box.top < innerHeight,
        highlighted: other !== undefined && style(element) !== style(other),
      };
    },
    [id, HIGHLIGHT] as const,
  );
}
