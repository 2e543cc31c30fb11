import type { ClauseKind, NumberStyle } from '../../src/model/index.ts';
import type { FoundList } from './unit-list.ts';

/** A unit list while the tree is being built, before units are resolved. */
export interface DraftList {
  list: FoundList;
  /** The logical line's printed and normalized text the list offsets refer to. */
  raw: string;
  norm: string;
  line: number;
  /** The list stands on a line of its own. */
  standalone: boolean;
  /** The list ends its clause's text (run onto the end of the last sentence). */
  trailing: boolean;
  /** The sentences before the list, for a list inside running text. */
  covers: string;
  node: DraftClause;
}

/** A clause while the tree is being built; becomes a model Clause once ids are assigned. */
export interface DraftClause {
  kind: ClauseKind;
  /** 0 part … 4 circled; paragraphs have no rank. */
  rank: number | null;
  style: NumberStyle | null;
  printed: string | null;
  value: number;
  inferred: boolean;
  heading: string | null;
  text: string;
  start: number;
  end: number;
  /** The last line of the clause's own text, before any child: its end again when a child is taken away. */
  ownEnd: number;
  parent: DraftClause | null;
  children: DraftClause[];
  lists: DraftList[];
  id: string;
}

const KIND_BY_RANK: ClauseKind[] = ['part', 'chapter', 'item', 'subitem', 'subitem'];

/** Create a numbered or paragraph draft clause. */
export function newDraft(fields: Partial<DraftClause> & Pick<DraftClause, 'start'>): DraftClause {
  const rank = fields.rank ?? null;
  return {
    kind: rank === null ? 'paragraph' : KIND_BY_RANK[rank]!,
    rank,
    style: null,
    printed: null,
    value: 1,
    inferred: false,
    heading: null,
    text: '',
    end: fields.start,
    parent: null,
    children: [],
    lists: [],
    id: '',
    ownEnd: fields.end ?? fields.start,
    ...fields,
  };
}

/** Numbered children of a clause (paragraphs excluded). */
export function numberedChildren(node: DraftClause): DraftClause[] {
  return node.children.filter((c) => c.rank !== null);
}

/** Walk a draft tree depth-first, parents before children. */
export function* walkDrafts(nodes: readonly DraftClause[]): Generator<DraftClause> {
  for (const node of nodes) {
    yield node;
    yield* walkDrafts(node.children);
  }
}
