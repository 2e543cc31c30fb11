import type { Clause, Plan } from '../../src/model/index.ts';

/**
 * A readable digest of a parsed plan for golden files: facts, outline with clause ids,
 * actions with units, units with aliases, diagnostics, dropped lines. Reviewed like code.
 */
export function goldenView(plan: Plan): string {
  const out: string[] = [];
  const name = (slug: string) => plan.units.find((u) => u.slug === slug)?.name ?? `?${slug}`;
  out.push(`plan ${plan.slug} · ${plan.script} · ${plan.planType} · ${plan.jurisdiction.place} (${plan.jurisdiction.level})`);
  out.push(`notice ${plan.noticeTitle ?? '—'}`);
  out.push(`title ${plan.planTitle}`);
  out.push(`issuer ${plan.issuer ?? '—'} · number ${plan.documentNumber ?? '—'} · index ${plan.indexNumber ?? '—'}`);
  const d = plan.dates;
  out.push(`dates written ${d.written?.iso ?? '—'} · published ${d.published?.iso ?? '—'} · signed ${d.signed?.iso ?? '—'}${d.signed?.guessed ? ' (guessed)' : ''}`);
  out.push(`period ${plan.period ? `${plan.period.start}–${plan.period.end}` : '—'} · addressees ${plan.cover?.addressees.join('、') ?? '—'}`);
  out.push(`attachments ${plan.attachments.map((a) => a.name).join(' | ') || '—'}`);
  out.push('', 'outline');
  const walk = (cs: readonly Clause[], depth: number) => {
    for (const c of cs) {
      if (c.kind !== 'paragraph') {
        const n = c.number!;
        const label = n.inferred ? `${n.label}*` : n.label;
        out.push(`${'  '.repeat(depth)}${c.id} ${label} ${(c.heading ?? c.text).slice(0, 24)} [${c.lines.start}-${c.lines.end}]`);
      }
      walk(c.children, depth + 1);
    }
  };
  walk(plan.clauses, 0);
  out.push('', `actions (${plan.actions.length})`);
  for (const a of plan.actions) {
    out.push(`${a.id} ${a.number} ${a.title} | lead ${a.lead.map(name).join('、') || '—'} | with ${a.participating.map(name).join('、') || '—'}`);
  }
  out.push('', `units (${plan.units.length})`);
  for (const u of plan.units) out.push(`${u.slug} ${u.name}${u.isGroup ? ' [group]' : ''}${u.aliases.length ? ` = ${u.aliases.join(' / ')}` : ''}`);
  out.push('', 'diagnostics');
  for (const x of plan.diagnostics) out.push(`${x.line} ${x.severity} ${x.code}: ${x.message}`);
  out.push('', 'dropped (blank lines not listed)');
  for (const l of plan.lines) if (l.dropped && l.dropped !== 'blank') out.push(`${l.line} ${l.dropped}: ${l.text.trim().slice(0, 40)}`);
  const blank = plan.lines.filter((l) => l.dropped === 'blank').length;
  out.push(`${blank} blank lines`, '');
  return out.join('\n');
}
