import { createHash } from 'node:crypto';
import type { Plan } from '../../src/model/index.ts';
import { slugify } from '../parse/slug.ts';

/** A short, stable digest of some of a plan's own facts, for a slug part. */
function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 8);
}

/** The kept text of a plan: title and every kept line, whatever the file's encoding or line ends. */
function keptText(plan: Plan): string {
  return [plan.planTitle, ...plan.lines.filter((line) => line.dropped === null).map((line) => line.text)].join('\n').normalize('NFKC');
}

/**
 * The slugs a plan may take, most readable first, each built only from the plan itself:
 * place and period (`yinzhou-2018`), then its type (`yinzhou-2018-gongzuoyaodian`), then its
 * 文号 (`…-cizhengfa-2020-34`), then a digest of its title and text, then of these and its file
 * name (two copies of one notice). A plan whose place could not be read starts at
 * `plan-<period>-<type>-<digest of its title>` rather than a shared "unknown".
 * `plan.slug` is the parser's base slug (planSlug).
 * @example slugCandidates(plan) // ['cixi-2020', 'cixi-2020-shishifangan', 'cixi-2020-shishifangan-cizhengfa-2020-34', …]
 */
export function slugCandidates(plan: Plan): string[] {
  const type = slugify(plan.planType);
  const text = keptText(plan);
  const placeless = /^unknown(-|$)/.test(plan.slug);
  const base = placeless ? plan.slug.replace(/^unknown/, 'plan') : plan.slug;
  const number = plan.documentNumber ? slugify(plan.documentNumber.replace(/[号號]\s*$/, '')) : '';
  const typed = `${base}-${type}`;
  return [
    ...(placeless ? [`${typed}-${digest(plan.planTitle.normalize('NFKC'))}`] : [base, typed]),
    ...(/\d/.test(number) ? [`${typed}-${number}`] : []),
    `${typed}-${digest(text)}`,
    `${typed}-${digest(text, plan.source.file)}`,
  ];
}

/** What slug assignment needs of a plan: its notice's name and bytes, and the slugs it may take. */
export type SlugClaim = { source: { file: string; sha256: string }; candidates: string[] };

/** A plan's claim to a slug (assignSlugs), drawn when it is parsed so the plan itself need not be kept. */
export function claimSlug(plan: Plan): SlugClaim {
  return { source: { file: plan.source.file, sha256: plan.source.sha256 }, candidates: slugCandidates(plan) };
}
