/**
 * A comparison's rows as both renderers show them: the pre-rendered same-place pages
 * (compare/[pair].astro, ChangeSide.astro) and the browser's any-two comparison
 * (compare-table.ts). One place decides each cell's text and link, so the two tables read alike.
 */
import { lineageStrings } from '../../i18n/zh-CN-lineage.ts';
import type { ChangeKind, ChangeRow, ComparedAction } from './match-actions.ts';

const s = lineageStrings.compare;

/** Every kind of change, in the order the summary lists them. */
export const CHANGE_KINDS = Object.keys(s.kinds) as ChangeKind[];

/** One plan of the pair: its slug (for clause links) and the `lang` of its text. */
export interface ChangePlan {
  slug: string;
  lang: 'zh-Hant' | undefined;
}

/** One side of a row: the action linked to its clause, and its lead units; null renders as "—". */
export interface ChangeSideView {
  href: string;
  label: string;
  /** 牵头：… as the cell's second line. */
  lead: string;
  lang: 'zh-Hant' | undefined;
}

/** A row as shown: the kind's label, both sides, and the similarity as printed. */
export interface ChangeRowView {
  kind: ChangeKind;
  kindLabel: string;
  older: ChangeSideView | null;
  newer: ChangeSideView | null;
  similarity: string;
}

/** How a renderer links a clause: the server's root-relative URL, or the browser's resolved against the site root. */
export type ClauseHref = (slug: string, clauseId: string) => string;

function viewSide(plan: ChangePlan, action: ComparedAction | null, clauseHref: ClauseHref): ChangeSideView | null {
  if (!action) return null;
  const lead = `${s.lead}：${action.lead.length > 0 ? action.lead.join('、') : s.leadNone}`;
  return { href: clauseHref(plan.slug, action.id), label: action.label, lead, lang: plan.lang };
}

/** A row of a comparison as shown, each side linking to its clause. */
export function viewChangeRow(row: ChangeRow, older: ChangePlan, newer: ChangePlan, clauseHref: ClauseHref): ChangeRowView {
  return {
    kind: row.kind,
    kindLabel: s.kinds[row.kind],
    older: viewSide(older, row.older, clauseHref),
    newer: viewSide(newer, row.newer, clauseHref),
    similarity: row.similarity > 0 ? row.similarity.toFixed(2) : '—',
  };
}

/** The summary's lines, one per kind: "延续：12 项". */
export function summarizeChanges(rows: readonly ChangeRow[]): { kind: ChangeKind; text: string }[] {
  return CHANGE_KINDS.map((kind) => ({ kind, text: `${s.kinds[kind]}：${s.count(rows.filter((row) => row.kind === kind).length)}` }));
}

/** A column heading; a numeric column is aligned right (class "num"). */
export interface ChangeColumn {
  label: string;
  numeric: boolean;
}

/** The table's column headings, the older plan's first: 变化, 较早规划（2018年）, 较新规划（2019年）, 相似度. */
export function changeColumns(olderLabel: string, newerLabel: string): ChangeColumn[] {
  return [
    { label: s.colKind, numeric: false },
    { label: `${s.colOlder}（${olderLabel}）`, numeric: false },
    { label: `${s.colNewer}（${newerLabel}）`, numeric: false },
    { label: s.colSimilarity, numeric: true },
  ];
}
