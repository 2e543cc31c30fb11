import { describe, expect, test } from 'vitest';
import { citingPlan, readFieldCitations } from '../../scripts/parse/read-citations.ts';
import { indexCitedDocuments } from '../../src/lib/lineage/cited-documents.ts';
import { documentParts, isSplit, SPLIT_AT } from '../../src/lib/lineage/document-parts.ts';
import { splitCited } from '../../src/lib/lineage/cited-segments.ts';
import type { Plan } from '../../src/model/index.ts';
import { planSample } from '../fixtures/plan-sample.ts';

/** An invented plan of `place` whose preamble prints `text`. */
function planCiting(slug: string, place: string, text: string, citedAs: Plan['citedAs'] = { title: `${slug}方案`, documentNumber: null }): Plan {
  const jurisdiction = { place, placeHans: place, level: 'county' as const, province: null };
  const citations = readFieldCitations({ text, at: { clauseId: 'p1', paragraph: null, field: 'text' } }, citingPlan({ planTitle: `${slug}方案`, jurisdiction }));
  return { ...planSample, slug, jurisdiction, citations, citedAs };
}

describe('documents across plans', () => {
  const a = planCiting('a', '东岭区', '根据《东岭省控烟条例》(东政发〔2020〕1号)和《健康东岭2030行动纲要》');
  const b = planCiting('b', '西河县', '根据《东岭省控烟条例》和《健康东岭2030行动纲要》', { title: '健康东岭2030行动纲要', documentNumber: '东政发〔2021〕9号' });
  const c = planCiting('c', '南山县', '按照《关于印发〈东岭省控烟条例〉的通知》(东政发〔2020〕1号)及《另一方案》(东政发〔2020〕1号)');
  const docs = indexCitedDocuments([a, b, c]);
  const bySlugTitle = (title: string) => docs.find((d) => d.title === title || d.otherTitles.includes(title))!;

  test('one document per 文号; a citation without 文号 joins the numbered document of its title', () => {
    const law = bySlugTitle('东岭省控烟条例');
    expect(law.documentNumber).toBe('东政发〔2020〕1号');
    expect(law.plans.map((p) => p.slug)).toEqual(['a', 'b', 'c']);
    expect(law.spots).toHaveLength(4);
    // 关于印发X的通知 is X; one 文号 printed for a second title is the same document.
    expect(law.otherTitles).toEqual(['另一方案']);
    // b cited it by title only: that citation's own slug is an alias of the document's page.
    expect(law.aliases).toEqual([b.citations[0]!.slug]);
  });

  test('a document that is a plan of the collection names it', () => {
    expect(bySlugTitle('健康东岭2030行动纲要').self?.slug).toBe('b');
    expect(bySlugTitle('东岭省控烟条例').self).toBeNull();
  });

  test('documents and slugs do not depend on the order plans come in', () => {
    const again = indexCitedDocuments([c, b, a]);
    expect(again.map((d) => [d.slug, d.title, d.plans.length])).toEqual(docs.map((d) => [d.slug, d.title, d.plans.length]));
  });

  test('a document cited by more than SPLIT_AT plans lists them on letter pages by place', () => {
    const many = Array.from({ length: SPLIT_AT + 1 }, (_, i) => planCiting(`p${i}`, i % 2 ? '东岭区' : '西河县', '根据《健康中国2030规划纲要》'));
    const [doc] = indexCitedDocuments(many);
    expect(isSplit(doc!)).toBe(true);
    expect(documentParts(doc!).map((p) => [p.key, p.plans])).toEqual([
      ['d', 20],
      ['x', 21],
    ]);
  });
});

describe('printed text cut at its citations', () => {
  test('segments give the text back and mark each citation', () => {
    const [plan] = [planCiting('a', '东岭区', '据《A方案》(东政发〔2020〕1号)和《B纲要》办')];
    const text = '据《A方案》(东政发〔2020〕1号)和《B纲要》办';
    const segments = splitCited(text, plan!.citations);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.citation).map((s) => s.text)).toEqual(['《A方案》(东政发〔2020〕1号)', '《B纲要》']);
  });
});
