import { numberedChildren, walkDrafts, type DraftClause, type DraftList } from './draft.ts';

/** Whether some clause has two or more numbered children at this rank that each carry a list. */
function listsPerClauseAt(roots: readonly DraftClause[], rank: number): boolean {
  for (const node of walkDrafts(roots)) {
    const carrying = numberedChildren(node).filter((c) => c.rank === rank && c.lists.length > 0);
    if (carrying.length >= 2) return true;
  }
  return false;
}

/** The text of a clause and everything under it, as printed. */
export function subtreeText(node: DraftClause): string {
  const parts = [node.heading ?? '', node.text].filter((s) => s !== '').join('');
  return [parts, ...node.children.map(subtreeText)].filter((s) => s !== '').join('\n');
}

/**
 * Move a unit list printed after the last item of a group (on its own line, or run onto the
 * end of that item) up to the group, unless this plan assigns units item by item.
 * (四)发展商业健康保险 … 4.积极推动…(牵头单位:区金融办;…) belongs to (四), not to item 4.
 */
export function liftGroupLists(roots: readonly DraftClause[]): void {
  const perItem = new Map<number, boolean>();
  const isPerItem = (rank: number) => {
    if (!perItem.has(rank)) perItem.set(rank, listsPerClauseAt(roots, rank));
    return perItem.get(rank)!;
  };
  let moved = true;
  while (moved) {
    moved = false;
    for (const node of walkDrafts(roots)) {
      const parent = node.parent;
      const list = node.lists.at(-1);
      if (!parent || !list || !(list.trailing || list.standalone) || node.rank === null) continue;
      const siblings = numberedChildren(parent);
      const alone = siblings.every((s) => s === node || s.lists.length === 0);
      if (siblings.at(-1) !== node || !alone || parent.lists.length > 0) continue;
      if (siblings.length < 2 && !list.standalone) continue;
      if (isPerItem(node.rank)) continue;
      node.lists.pop();
      liftTo(list, parent);
      moved = true;
      break;
    }
  }
}

function liftTo(list: DraftList, parent: DraftClause): void {
  list.node = parent;
  list.covers = subtreeText(parent);
  parent.lists.push(list);
}
