import type { Plan } from '../../src/model/index.ts';
import type { NoticeOutcome } from './read-notice.ts';

/** One notice's entry in the ingest report (documented in the README). */
export interface NoticeReport {
  source: string;
  slug: string | null;
  status: 'ok' | 'error';
  error?: string;
  script: string | null;
  title: string | null;
  documentNumber: string | null;
  actions: Array<{ id: string; number: string; title: string; lead: string[]; participating: string[] }>;
  lines: { total: number; kept: number; dropped: number };
  dropped: Array<{ line: number; reason: string; text: string }>;
  diagnostics: Array<{ line: number; severity: string; code: string; message: string }>;
}

/** Summarize one parse outcome for the JSON report; unit slugs become unit names. */
export function reportNotice(source: string, outcome: NoticeOutcome, slug: string | null): NoticeReport {
  const diagnostics = outcome.diagnostics.map(({ line, severity, code, message }) => ({ line, severity, code, message }));
  if (!outcome.ok) {
    return {
      source, slug: null, status: 'error', error: outcome.error, script: null, title: null, documentNumber: null,
      actions: [], lines: { total: 0, kept: 0, dropped: 0 }, dropped: [], diagnostics,
    };
  }
  const plan: Plan = outcome.plan;
  const nameOf = new Map(plan.units.map((u) => [u.slug, u.name]));
  const dropped = plan.lines.filter((l) => l.dropped !== null);
  return {
    source,
    slug,
    status: 'ok',
    script: plan.script,
    title: plan.planTitle,
    documentNumber: plan.documentNumber,
    actions: plan.actions.map((a) => ({
      id: a.id,
      number: a.number,
      title: a.title,
      lead: a.lead.map((s) => nameOf.get(s)!),
      participating: a.participating.map((s) => nameOf.get(s)!),
    })),
    lines: { total: plan.lines.length, kept: plan.lines.length - dropped.length, dropped: dropped.length },
    dropped: dropped.map((l) => ({ line: l.line, reason: l.dropped!, text: l.text })),
    diagnostics,
  };
}
