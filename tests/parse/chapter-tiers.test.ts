import { describe, expect, test } from 'vitest';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import { headingTier, readMarker } from '../../scripts/parse/numbering.ts';
import type { Clause } from '../../src/model/index.ts';

describe('chapters and sections above 一、', () => {
  test.each([
    ['第一部分 总体要求', 3],
    ['第二篇 健康生活', 3],
    ['第三章 主要任务', 2],
    ['第二节 面临形势', 1],
    ['一、普及健康生活', 0],
  ])('%s is of tier %i', (line, tier) => {
    expect(headingTier(readMarker(line)!.printed)).toBe(tier);
  });

  test('一、 under 第三章 starts again: no conflict, nothing renumbered, ids scoped by the chapter', () => {
    const lines = [
      '青山县健康促进“十四五”规划', '第一章 发展基础', '第一节 主要成就', '健康水平持续提高。', '第二节 面临形势', '挑战依然存在。',
      '第二章 主要任务', '一、普及健康生活', '(一)加强健康教育。', '二、优化健康服务', '(一)强化公共卫生服务。', '第三章 保障措施', '一、加强组织领导',
    ];
    const outcome = readNotice('chapters.txt', Buffer.from(lines.join('\n')));
    if (!outcome.ok) throw new Error(outcome.error);
    const ids: string[] = [];
    const walk = (cs: readonly Clause[]) => cs.forEach((c) => (c.number && ids.push(`${c.id} ${c.number.printed}${c.number.inferred ? '*' : ''}`), walk(c.children)));
    walk(outcome.plan.clauses);
    expect(ids).toEqual([
      'ch1 第一章', 'ch1-s1 第一节', 'ch1-s2 第二节', 'ch2 第二章', 'ch2-c1 一、', 'ch2-c1-1 (一)', 'ch2-c2 二、', 'ch2-c2-1 (一)', 'ch3 第三章', 'ch3-c1 一、',
    ]);
    expect(outcome.plan.diagnostics.map((d) => d.code)).not.toContain('numbering-conflict');
  });
});
