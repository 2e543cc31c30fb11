import { describe, expect, test } from 'vitest';
import type { Plan } from '../../src/model/index.ts';
import { loadPlans } from '../support/site/plan-data.ts';
import { hrefOf, linkTarget, openBuiltSite, select, textOf } from './support/built-site.ts';
import { sliceLeaves, urlOfFile } from './support/slice-pages.ts';

const site = openBuiltSite();
const plans = loadPlans();

/** The clause ids a page's target links point to on `slug`'s plan page, failing on any link that leads elsewhere or to no anchor. */
function targetClauses(url: string): { slug: string; clause: string }[] {
  const page = site.page(url);
  return select(page.tree, 'table.target-table tbody tr').map((row) => {
    const [link] = select(row, 'a.target-clause');
    if (!link) throw new Error(`${url}: a target row without a clause link: ${textOf(row)}`);
    const { file, fragment } = linkTarget(site, page, hrefOf(link));
    const slug = /^plans\/([^/]+)\/index\.html$/.exec(file ?? '')?.[1];
    if (!slug || !fragment) throw new Error(`${url}: ${hrefOf(link)} is not a clause of a plan page`);
    if (!site.hasAnchor(file!, fragment)) throw new Error(`${url}: ${hrefOf(link)} names no anchor`);
    return { slug, clause: fragment };
  });
}

const clausesOf = (plan: Plan) => plan.insight.targets.map((target) => ({ slug: plan.slug, clause: target.clauseId }));

describe.each(plans.map((plan) => [plan.slug, plan] as const))('plan %s', (slug, plan) => {
  test(`its targets page lists its ${plan.insight.targets.length} targets in reading order, each linked to its clause`, () => {
    expect(targetClauses(`/plans/${slug}/targets/`)).toEqual(clausesOf(plan));
  });

  test('every marked cell of its matrix links to the clause whose unit list names the unit, with the unit’s roles', () => {
    const page = site.page(`/plans/${slug}/matrix/`);
    const units = select(page.tree, 'table.matrix thead th.matrix__unit a').map((link) => /^units\/([^/]+)\//.exec(linkTarget(site, page, hrefOf(link)).file ?? '')?.[1]);
    expect(units.toSorted()).toEqual(plan.units.map((unit) => unit.slug).toSorted());
    const rows = select(page.tree, 'table.matrix tbody tr');
    expect(rows).toHaveLength(units.length > 0 ? plan.actions.length : 0);
    const marked: string[] = [];
    const expected: string[] = [];
    rows.forEach((row, index) => {
      const action = plan.actions[index]!;
      const [head] = select(row, 'th a');
      expect(linkTarget(site, page, hrefOf(head!)).file).toBe(`plans/${slug}/actions/${action.id}/index.html`);
      select(row, 'td').forEach((cell, column) => {
        const [link] = select(cell, 'a');
        if (!link) return;
        const { file, fragment } = linkTarget(site, page, hrefOf(link));
        expect(file).toBe(`plans/${slug}/index.html`);
        expect(site.hasAnchor(file!, fragment!), `${action.id} × ${units[column]} → #${fragment}`).toBe(true);
        const words = select(link, '.sr-only').map(textOf).join(' ');
        const marks = select(link, '[aria-hidden]').map(textOf).join('');
        marked.push(`${action.id} ${units[column]} ${marks} ${words} #${fragment}`);
      });
      for (const unit of units) {
        const roles = [action.lead.includes(unit!) ? '牵头' : '', action.participating.includes(unit!) ? '参与' : ''].filter(Boolean);
        if (roles.length === 0) continue;
        const list = action.assignments.map((i) => plan.assignments[i]!).find((a) => a.units.some((ref) => ref.unit === unit));
        expected.push(`${action.id} ${unit} ${roles.map((role) => role[0]).join('')} ${roles.join(' ')} #${list?.clauseId ?? action.id}`);
      }
    });
    expect(marked.toSorted()).toEqual(expected.toSorted());
  });
});

describe('targets across plans', () => {
  const all = plans.flatMap(clausesOf);
  const key = (item: { slug: string; clause: string }) => `${item.slug}#${item.clause}`;

  // The timeline is split by year and place: its pages below /timeline/ hold every target once.
  test('the timeline lists every target once, each linked to its clause', () => {
    const listed = sliceLeaves(site, '/timeline/').flatMap((page) => targetClauses(page.url));
    expect(listed.map(key).toSorted()).toEqual(all.map(key).toSorted());
  });

  // /targets/ counts by place; each place's page links its plans' targets pages, which list them.
  test('/targets/ leads by plain links to every target, each linked to its clause', () => {
    const planPages = sliceLeaves(site, '/targets/').flatMap((page) =>
      select(page.tree, 'a[href]')
        .map((link) => linkTarget(site, page, hrefOf(link)).file ?? '')
        .filter((file) => /^plans\/[^/]+\/targets\/index\.html$/.test(file)),
    );
    const listed = [...new Set(planPages)].flatMap((file) => targetClauses(urlOfFile(file)));
    expect([...new Set(listed.map(key))].toSorted()).toEqual([...new Set(all.map(key))].toSorted());
  });
});
