import type { Clause, PlanCore } from '../../src/model/index.ts';
import type { Deadline, Target } from '../../src/model/insight.ts';
import { normalizeForMatch } from '../parse/normalize.ts';
import { leadingDeadline } from './deadlines.ts';
import { maskNonTargets } from './mask-text.ts';
import { readTargets } from './read-targets.ts';

/** The year a target falls due when its text names none: the plan's last year, else the year it was issued. */
export function planYear(plan: PlanCore): number | null {
  if (plan.period) return plan.period.end;
  const date = plan.dates.signed ?? plan.dates.published ?? plan.dates.written;
  return date?.iso ? Number(date.iso.slice(0, 4)) : null;
}

/** A paragraph that opens with a deadline (到2022 年,…) sets it for the paragraphs after it. */
function openingDeadline(clause: Clause): { year: number; printed: string } | null {
  if (clause.kind !== 'paragraph') return null;
  const mark = leadingDeadline(maskNonTargets(normalizeForMatch(clause.text)));
  return mark ? { year: mark.year, printed: clause.text.slice(mark.start, mark.end) } : null;
}

function walk(plan: PlanCore, clauses: readonly Clause[], cut: readonly string[], fallback: Deadline, out: Target[]): void {
  // 到2022 年,居民健康素养水平显著提高… / 具体实现以下目标: / ——…控制在9.5/10万…: the year of
  // the opening paragraph holds for the run of paragraphs after it, until a numbered clause.
  let run: { year: number; printed: string } | null = null;
  for (const clause of clauses) {
    run = clause.kind === 'paragraph' ? (openingDeadline(clause) ?? run) : null;
    const context: Deadline = run ? { ...run, source: 'paragraph' } : fallback;
    for (const field of ['heading', 'text'] as const) {
      for (const t of readTargets(clause[field] ?? '', cut)) {
        out.push({
          metric: t.metric,
          comparator: t.comparator,
          value: t.value,
          unit: t.unit,
          deadline: t.deadline ? { ...t.deadline, source: 'sentence' } : context,
          clauseId: clause.id,
          field,
          snippet: t.snippet,
        });
      }
    }
    walk(plan, clause.children, cut, fallback, out);
  }
}

/**
 * Every quantitative target of a plan, in reading order: read from each clause's own heading and
 * text (so the clause is the deepest that holds it), with the plan's unit lists cut out, and a
 * year from the target's sentence, else the paragraph run it is in, else the plan.
 * @example extractTargets(plan)[0] // { metric: '全区中小学规范化心理辅导室比例', comparator: '≥', value: 85, unit: '%', … }
 */
export function extractTargets(plan: PlanCore): Target[] {
  const cut = [...new Set(plan.assignments.map((a) => a.printed))].sort((a, b) => b.length - a.length);
  const fallback: Deadline = { year: planYear(plan), printed: null, source: 'plan' };
  const out: Target[] = [];
  walk(plan, plan.clauses, cut, fallback, out);
  return out;
}
