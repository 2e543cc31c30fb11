import type { Root } from 'mdast';
import type { Plan } from '../../src/model/index.ts';
import { createClauseBlocks } from './clause-blocks.ts';
import { createCoverBlocks } from './cover-blocks.ts';
import { createFrontmatterNode, selectPlanFrontmatter } from './frontmatter-node.ts';
import { createGeneratedHeader } from './generated-header.ts';
import { createHeading } from './text-blocks.ts';

/**
 * The MDX syntax tree of a plan page: frontmatter, the generated-file notice, the cover notice,
 * then the plan title (h2) and its outline. Assignments are not text here: pages render them from data.
 */
export function createPlanTree(plan: Plan): Root {
  return {
    type: 'root',
    children: [
      createFrontmatterNode(selectPlanFrontmatter(plan)),
      createGeneratedHeader(),
      ...(plan.cover === null ? [] : createCoverBlocks(plan.cover)),
      createHeading(2, plan.planTitle),
      ...plan.clauses.flatMap(createClauseBlocks),
    ],
  };
}
