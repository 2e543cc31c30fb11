/**
 * The site's record groups read from the plan models one file at a time: each plan's own group
 * is built as it is read and only its outline kept, so the search index stage holds the records
 * and outlines, never every whole model at once (at 300 notices the models alone were about
 * 48 MB of heap). Gives the same groups, in the same order, as `buildSearchGroups` over
 * `readPlanModels`. Touches the disk.
 */
import type { ToHans } from '../../src/lib/search/fold.ts';
import type { Plan } from '../../src/model/index.ts';
import { eachPlanModel } from '../emit/read-plan-models.ts';
import { collectionGroups, planGroup, planOutline, sortPlans, type RecordGroup } from './records.ts';

/** The record groups in index order, and every plan's outline (`planOutline`) in the site's plan order. */
export async function readSearchGroups(contentDir: string, toHans: ToHans): Promise<{ groups: RecordGroup[]; outlines: Plan[] }> {
  const ownGroups = new Map<string, RecordGroup>();
  const read: Plan[] = [];
  for await (const plan of eachPlanModel(contentDir)) {
    ownGroups.set(plan.slug, planGroup(plan, toHans));
    read.push(planOutline(plan));
  }
  const outlines = sortPlans(read);
  const groups = [...outlines.map((plan) => ownGroups.get(plan.slug)!), ...collectionGroups(outlines, toHans)];
  return { groups, outlines };
}
