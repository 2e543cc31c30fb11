/**
 * The search records of one plan: the plan itself (its particulars and cover notice) and every
 * clause with text, each landing on its anchor on the plan page. A clause inside an action (a
 * task with units) is kind "action" and carries that action's units, so 区卫生计生局 家庭医生 finds
 * the clause where the task's list is printed one level up. Every record's line says where it is
 * from (place-line.ts). Pure.
 */
import { t } from '../../src/i18n/zh-CN.ts';
import { numberPath } from '../../src/lib/clause-tree.ts';
import { periodLabel, sortDate } from '../../src/lib/plan-format.ts';
import { clausePath, planPath } from '../../src/lib/search/paths.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import type { Action, Clause, Plan } from '../../src/model/index.ts';
import { placeLine } from './place-line.ts';

/** A record before its Simplified copy is added (records.ts). */
export type DraftRecord = Omit<SearchRecord, 'hans'>;

/**
 * The years a plan covers, for the year filter: every year of its period, else the year it was issued.
 * @example planYears(huanren) // ['2018', '2019', '2020']
 */
export function planYears(plan: Plan): string[] {
  if (plan.period) {
    const years: string[] = [];
    for (let year = plan.period.start; year <= plan.period.end; year++) years.push(String(year));
    return years;
  }
  const year = sortDate(plan).slice(0, 4);
  return /^\d{4}$/.test(year) ? [year] : [];
}

/**
 * The units line of an action, with canonical names.
 * @example unitsLine(action, names) // "牵头单位：区卫生计生局；参与单位：区教育局、区科技局"
 */
export function unitsLine(action: Action, names: ReadonlyMap<string, string>): string {
  const list = (slugs: readonly string[]) => slugs.map((slug) => names.get(slug) ?? slug).join('、');
  return [
    action.lead.length > 0 ? `${t.roleUnits.lead}：${list(action.lead)}` : '',
    action.participating.length > 0 ? `${t.roleUnits.participating}：${list(action.participating)}` : '',
  ]
    .filter(Boolean)
    .join('；');
}

// A heading's closing full stop is punctuation of the sentence, not of the title.
const stripStop = (heading: string): string => heading.replace(/[。．.;；]+$/u, '');

function planRecord(plan: Plan): DraftRecord {
  const { jurisdiction } = plan;
  const particulars = [
    plan.documentNumber,
    plan.issuer,
    plan.noticeTitle !== plan.planTitle ? plan.noticeTitle : null,
    ...(plan.cover?.paragraphs.map((paragraph) => paragraph.text) ?? []),
  ];
  return {
    url: planPath(plan.slug),
    kind: 'plan',
    title: plan.planTitle,
    number: '',
    section: '',
    plan: placeLine(jurisdiction, periodLabel(plan), plan.planType),
    text: particulars.filter(Boolean).join(' '),
    units: '',
    lang: plan.script === 'zh-Hant' ? 'zh-Hant' : '',
    filters: { plan: [plan.slug], place: [jurisdiction.placeHans], year: planYears(plan), lead: [], kind: ['plan'] },
  };
}

/** Every record of a plan: the plan first, then its clauses in document order. */
export function planRecords(plan: Plan): DraftRecord[] {
  const names = new Map(plan.units.map((unit) => [unit.slug, unit.name]));
  const actions = new Map(plan.actions.map((action) => [action.id, action]));
  const roles = new Map(plan.lines.map((record) => [record.line, record.role]));
  const base = planRecord(plan);
  const records: DraftRecord[] = [base];
  // A clause names its plan with the plan's place, so clauses of two plans of one title read apart.
  const planLine = placeLine(plan.jurisdiction, plan.planTitle);

  const visit = (clauses: readonly Clause[], chain: readonly Clause[], action: Action | undefined): void => {
    for (const clause of clauses) {
      const path = [...chain, clause];
      const own = action ?? actions.get(clause.id);
      // A unit list printed on its own line is shown after the clause's children but belongs to it.
      const lists = plan.assignments.filter((a) => a.clauseId === clause.id && roles.get(a.line) === 'assignment').map((a) => a.printed);
      const text = [clause.text, ...lists].filter(Boolean).join(' ');
      const title = stripStop(clause.heading ?? '');
      if (title || text) {
        const above = [...chain].reverse().find((c) => c.heading);
        records.push({
          url: clausePath(plan.slug, clause.id),
          kind: own ? 'action' : 'plan',
          title,
          number: numberPath(path),
          section: title || !above ? '' : stripStop(above.heading!),
          plan: planLine,
          text,
          units: own ? unitsLine(own, names) : '',
          lang: base.lang,
          filters: { ...base.filters, lead: own ? own.lead.map((slug) => names.get(slug) ?? slug) : [], kind: [own ? 'action' : 'plan'] },
        });
      }
      visit(clause.children, path, own);
    }
  };
  visit(plan.clauses, [], undefined);
  return records;
}
