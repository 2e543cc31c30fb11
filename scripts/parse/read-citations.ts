import type { Citation, CitationSpan, CitedAs, Clause, PlanCore } from '../../src/model/index.ts';
import { findTitleMarks } from './citation-marks.ts';
import { readCitedNumber } from './cited-number.ts';
import { documentSlug } from './document-slug.ts';
import { readCitedTitle } from './cited-title.ts';
import { issuingLevel } from './issuing-level.ts';
import { normalizeForMatch } from './normalize.ts';

/** A printed field that may cite documents, and where it sits in the plan. */
export interface CitingField {
  text: string;
  at: Omit<CitationSpan, 'start' | 'end'>;
}

/** The cover's paragraphs, then every clause's heading and text in reading order. */
function* citingFields(plan: PlanCore): Generator<CitingField> {
  for (const [paragraph, p] of (plan.cover?.paragraphs ?? []).entries()) {
    yield { text: p.text, at: { clauseId: null, paragraph, field: 'text' } };
  }
  const walk = function* (clauses: readonly Clause[]): Generator<CitingField> {
    for (const c of clauses) {
      if (c.heading) yield { text: c.heading, at: { clauseId: c.id, paragraph: null, field: 'heading' } };
      if (c.text) yield { text: c.text, at: { clauseId: c.id, paragraph: null, field: 'text' } };
      yield* walk(c.children);
    }
  };
  yield* walk(plan.clauses);
}

/** A title without its trailing period: 《X》 in a cover names the plan X(2017-2019年) itself. */
function withoutPeriod(title: string): string {
  return title.replace(/\((19|20)\d{2}[^()]*\)$/, '');
}

/** What reading a plan's fields needs of the plan: where it is, and its own title as a mark would name it. */
export interface CitingPlan {
  jurisdiction: PlanCore['jurisdiction'];
  /** The plan's title read as a cited one, without its period: a mark naming it is not a citation. */
  ownTitle: string;
}

/**
 * The plan whose fields are read, its own title read once for all of them.
 * @example citingPlan({ planTitle: '健康青川行动方案(2021-2025年)', jurisdiction }).ownTitle // '健康青川行动方案'
 */
export function citingPlan(plan: Pick<PlanCore, 'planTitle' | 'jurisdiction'>): CitingPlan {
  return { jurisdiction: plan.jurisdiction, ownTitle: withoutPeriod(readCitedTitle(plan.planTitle).title) };
}

/**
 * A 文号's organ (甬卫发 of 甬卫发〔2017〕105号) shares its first character with the other
 * organs of its place: where the plan prints one with a level read from its title, the others
 * that have none take it (甬人社发 is 宁波's, as 甬卫发 is).
 */
export function shareOrganLevels(citations: Citation[]): Citation[] {
  const known = new Map<string, Citation>();
  for (const c of citations) {
    if (c.documentNumber && c.level !== 'unknown' && c.levelRule.startsWith('标题')) known.set(c.documentNumber[0]!, c);
  }
  return citations.map((c) => {
    const peer = c.level === 'unknown' && c.documentNumber ? known.get(c.documentNumber[0]!) : undefined;
    if (!peer) return c;
    return { ...c, level: peer.level, levelRule: `文号代字 ${c.documentNumber!.split('〔')[0]}：同 ${peer.documentNumber!.split('〔')[0]}（${peer.levelRule}）` };
  });
}

/**
 * The citations printed in one field: each 《title》 with the (文号) that follows it. A mark
 * naming the plan itself (the cover's 现将《…》印发给你们) is not a citation.
 * @example readFieldCitations({ text: '根据《A纲要》(国发〔2016〕1号)', at }, citingPlan(plan)) // one citation, 文号 国发〔2016〕1号
 */
export function readFieldCitations(field: CitingField, plan: CitingPlan): Citation[] {
  // Only 《 opens a citation (normalizing makes none): most fields print none, and normalizing
  // every field's text was a third of the ingest's Traditional→Simplified conversion.
  if (!field.text.includes('《')) return [];
  const norm = normalizeForMatch(field.text);
  const citations: Citation[] = [];
  for (const mark of findTitleMarks(norm)) {
    const printedTitle = field.text.slice(mark.titleStart, mark.titleEnd);
    const { title, issuer } = readCitedTitle(printedTitle);
    if (withoutPeriod(title) === plan.ownTitle || title.length < 2) continue;
    const number = mark.closed ? readCitedNumber(norm, mark.end) : null;
    const documentNumber = number?.number ?? null;
    const { level, rule } = issuingLevel({ documentNumber, title, issuer, citing: plan.jurisdiction });
    const span = { ...field.at, start: mark.start, end: number?.end ?? mark.end };
    const titleSlug = documentSlug(title);
    const slug = documentNumber ? documentSlug(documentNumber) : titleSlug;
    citations.push({ printedTitle, title, issuer, documentNumber, slug, titleSlug, level, levelRule: rule, span });
  }
  return citations;
}

/**
 * Every document a plan cites by name, in reading order: the cover notice, then the clauses.
 * Pure; the spans slice the printed text, so pages mark citations without reading text again.
 */
export function readCitations(plan: PlanCore): Citation[] {
  const citing = citingPlan(plan);
  return shareOrganLevels([...citingFields(plan)].flatMap((field) => readFieldCitations(field, citing)));
}

/**
 * How a citation in another plan would name this plan: its title read as cited titles are, and
 * its 文号 in canonical form.
 * @example citedAs({ planTitle: '“健康青川”行动方案', documentNumber: '青政发[2020]3号' }) // { title: '健康青川行动方案', documentNumber: '青政发〔2020〕3号' }
 */
export function citedAs(plan: Pick<PlanCore, 'planTitle' | 'documentNumber'>): CitedAs {
  const number = plan.documentNumber ? readCitedNumber(normalizeForMatch(`(${plan.documentNumber})`), 0) : null;
  return { title: readCitedTitle(plan.planTitle).title, documentNumber: number?.number ?? null };
}
