import type { Clause, Plan } from '../../src/model/index.ts';

/** Collect task sentences, group headings and unit names from parsed seed plans. */
export function seedMaterial(plans: readonly Plan[]): { sentences: string[]; headings: string[]; units: string[] } {
  const sentences = new Set<string>();
  const headings = new Set<string>();
  const walk = (cs: readonly Clause[]) => {
    for (const c of cs) {
      if (c.heading && c.kind === 'chapter' && !/[。;:]/.test(c.heading)) headings.add(c.heading);
      for (const s of c.text.split(/(?<=。)/)) {
        // Sentences without brackets or numbering, so recombining them never forms a unit list.
        if (s.length >= 12 && s.length <= 120 && s.endsWith('。') && !/[()()〔〕\d]/.test(s)) sentences.add(s);
      }
      walk(c.children);
    }
  };
  for (const plan of plans) if (plan.script === 'zh-Hans') walk(plan.clauses);
  const units = plans
    .filter((p) => p.script === 'zh-Hans')
    .flatMap((p) => p.units.filter((u) => !u.isGroup && /^[区县市]/.test(u.name) && !/[()]/.test(u.name)).map((u) => u.name));
  return { sentences: [...sentences].sort(), headings: [...headings].sort(), units: [...new Set(units)].sort() };
}
