import type { RootContent } from 'mdast';
import type { Clause, ClauseKind } from '../../src/model/index.ts';
import { type BodyHeadingDepth, createHeading, createParagraphs } from './text-blocks.ts';

/** The heading level of each numbered level of the outline, under the plan title (h2). */
const HEADING_DEPTH: Record<Exclude<ClauseKind, 'paragraph'>, BodyHeadingDepth> = {
  part: 3,
  chapter: 4,
  item: 5,
  subitem: 5,
};

/**
 * Markdown blocks for a clause and its nested clauses, in printed order.
 * A numbered clause with a heading becomes a heading (number + heading) followed by its text;
 * any other clause is paragraphs whose first line carries the printed number.
 * @example createClauseBlocks(chapter) // "(一)" + "完善全民健康教育体系" → h4 "(一)完善全民健康教育体系"
 */
export function createClauseBlocks(clause: Clause): RootContent[] {
  const number = clause.number?.printed ?? '';
  const own: RootContent[] =
    clause.kind !== 'paragraph' && clause.heading !== null
      ? [createHeading(HEADING_DEPTH[clause.kind], number + clause.heading), ...createParagraphs(clause.text)]
      : createParagraphs(number + (clause.heading ?? '') + clause.text);
  return [...own, ...clause.children.flatMap(createClauseBlocks)];
}
