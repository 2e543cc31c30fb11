import type { DiagnosticSink } from './diagnostics.ts';
import type { DraftClause } from './draft.ts';

/**
 * Give every clause an ASCII id from the document's own numbering: one segment per outline
 * rank ("c3-6" is 三、(六); "c9-0-2" is item 2 directly under 九、), paragraphs numbered
 * within their clause ("c3-3-p2"; preamble "p1"). Ids depend only on the numbering, so they
 * stay stable while the text changes.
 */
export function assignClauseIds(roots: readonly DraftClause[], sink: DiagnosticSink): void {
  const seen = new Set<string>();
  const visit = (nodes: readonly DraftClause[], parent: DraftClause | null) => {
    let paragraphs = 0;
    for (const node of nodes) {
      let id: string;
      if (node.rank === null) {
        id = parent ? `${parent.id}-p${++paragraphs}` : `p${++paragraphs}`;
      } else {
        const segments: number[] = [];
        for (let p: DraftClause | null = node; p; p = p.parent) if (p.rank !== null) segments[p.rank] = p.value;
        id = 'c' + Array.from({ length: node.rank + 1 }, (_, r) => segments[r] ?? 0).join('-');
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
