import type { DiagnosticSink } from './diagnostics.ts';
import type { DraftClause } from './draft.ts';
import { headingTier } from './numbering.ts';

// Id tags of the heading tiers above 一、: 第一节 s1, 第一章 ch1, 第一部分 pt1.
const TIER_TAGS = ['', 's', 'ch', 'pt'];

/**
 * Give every clause an ASCII id from the document's own numbering: one segment per outline
 * rank ("c3-6" is 三、(六); "c9-0-2" is item 2 directly under 九、), paragraphs numbered
 * within their clause ("c3-3-p2"; preamble "p1"); under a chapter or section heading, its tag first
 * ("ch3-c1" is 一、 under 第三章, "ch1-s2" is 第二节 under 第一章). Ids depend only on the numbering, so they
 * stay stable while the text changes.
 */
export function assignClauseIds(roots: readonly DraftClause[], sink: DiagnosticSink): void {
  const seen = new Set<string>();
  // Headings of a higher tier (第三章, 第一节) scope the first-rank numbers printed under them.
  const scope = new Map<DraftClause, string>();
  const open: string[] = [];
  const visit = (nodes: readonly DraftClause[], parent: DraftClause | null) => {
    let paragraphs = 0;
    for (const node of nodes) {
      let id: string;
      const tier = node.rank === 0 ? headingTier(node.printed) : 0;
      if (node.rank === null) {
        id = parent ? `${parent.id}-p${++paragraphs}` : `p${++paragraphs}`;
      } else if (tier > 0) {
        open.length = TIER_TAGS.length;
        for (let t = 0; t <= tier; t++) open[t] = '';
        open[tier] = `${TIER_TAGS[tier]}${node.value}`;
        id = open.slice(tier).reverse().filter(Boolean).join('-');
      } else {
        const segments: number[] = [];
        let top: DraftClause = node;
        for (let p: DraftClause | null = node; p; p = p.parent) {
          if (p.rank !== null) segments[p.rank] = p.value;
          if (p.rank === 0) top = p;
        }
        if (node === top) scope.set(node, open.slice(1).reverse().filter(Boolean).join('-'));
        const prefix = scope.get(top) ?? '';
        id = (prefix ? `${prefix}-c` : 'c') + Array.from({ length: node.rank + 1 }, (_, r) => segments[r] ?? 0).join('-');
      }
      let unique = id;
      for (let k = 2; seen.has(unique); k++) unique = `${id}-${k}`;
      if (unique !== id) sink.report('numbering-conflict', 'warning', node.start, `clause id ${id} is taken; this clause is ${unique}`);
      seen.add(unique);
      node.id = unique;
      visit(node.children, node);
    }
  };
  visit(roots, null);
}
