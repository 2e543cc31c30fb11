import { describe, expect, test } from 'vitest';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import { isContentsLine } from '../../scripts/parse/furniture.ts';
import { placeAfterHealth } from '../../scripts/parse/jurisdiction.ts';
import { normalizeForMatch } from '../../scripts/parse/normalize.ts';
import { readMarker } from '../../scripts/parse/numbering.ts';
import type { Clause, Plan } from '../../src/model/index.ts';

function parse(lines: string[]): Plan {
  const outcome = readNotice('damaged.txt', Buffer.from(lines.join('\n')));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}
const numbered = (plan: Plan) => {
  const out: string[] = [];
  const walk = (cs: readonly Clause[]) => cs.forEach((c) => (c.number && out.push(`${c.number.printed}|${c.number.label}|${c.heading ?? c.text}`), walk(c.children)));
  walk(plan.clauses);
  return out;
};

describe('damaged first-rank numbers', () => {
  test.each([
    ['—、总体目标', 1, 'a dash printed for 一'],
    ['-、总体目标', 1, 'a dash printed for 一'],
    ['、规划背景', 0, 'numeral lost'],
  ])('%s', (line, value, typo) => {
    expect(readMarker(normalizeForMatch(line))).toMatchObject({ style: 'cn-dun', value, typo });
  });
  test('a line a wrapped unit list starts with 、 is not a heading', () => {
    expect(readMarker(normalizeForMatch('、县教育局、县体育局按职责分工负责)'))).toBeNull();
  });
  test('in a plan: the lost numeral is inferred and reported', () => {
    const plan = parse(['健康青山行动规划', '为推进健康青山建设,制定本规划。', '、规划背景', '(一)发展回顾。', '近年来,我县健康环境持续改善。', '二、总体要求', '坚持预防为主。']);
    expect(numbered(plan)).toEqual(['、|一、|规划背景', '(一)|(一)|发展回顾。', '二、|二、|总体要求']);
    expect(plan.diagnostics.map((d) => d.code)).toContain('inferred-number');
  });
});

describe('news-style summaries: a number alone above its heading', () => {
  const plan = parse(['健康青山建设行动要点', '为推进健康青山建设,制定本要点。', '1', '全面普及健康知识', '开展健康知识进社区活动。', '2', '', '强化疾病预防控制', '做好重点传染病防控。']);
  test('the number and its heading make one clause', () => {
    expect(numbered(plan)).toEqual(['1|1.|全面普及健康知识', '2|2.|强化疾病预防控制']);
  });
});

describe('a table of contents is not clauses', () => {
  test.each([['一、总体要求………………3'], ['(二)重点任务....................12'], ['第三部分 保障措施 ·········· 25']])('%s', (line) => {
    expect(isContentsLine(normalizeForMatch(line))).toBe(true);
  });
  test('an ordinary heading is not a contents line', () => {
    expect(isContentsLine('一、总体要求')).toBe(false);
  });
  test('in a plan, its lines are dropped as contents', () => {
    const plan = parse(['健康青山行动规划', '一、总体要求………………1', '二、重点任务………………2', '为推进健康青山建设,制定本规划。', '一、总体要求', '坚持预防为主。', '二、重点任务', '开展健康教育。']);
    expect(numbered(plan)).toEqual(['一、|一、|总体要求', '二、|二、|重点任务']);
    expect(plan.lines.filter((l) => l.dropped === 'contents').map((l) => l.line)).toEqual([2, 3]);
  });
});

describe('mirror damage', () => {
  const plan = parse(['健康青山行動(dòng)實(shí)施方案', '為(wèi)貫徹落實(shí)健康中國(guó)戰略,制定本方案。', '一、指導(dǎo)思想', '堅持以人民健康為中心。', '二、總體目標(biāo)', '到2025年,居民健康素養(yǎng)水平顯著提高。']);
  test('pinyin glosses are dropped from the text, cut with their reason, and reported once', () => {
    expect(plan.planTitle).toBe('健康青山行動實施方案');
    expect(numbered(plan).map((c) => c.split('|')[2])).toEqual(['指導思想', '總體目標']);
    expect(plan.script).toBe('zh-Hant');
    expect(plan.lines[0]!.cuts).toEqual([{ text: '(dòng)', reason: 'pinyin-gloss' }, { text: '(shí)', reason: 'pinyin-gloss' }]);
    expect(plan.diagnostics.filter((d) => d.code === 'pinyin-gloss')).toHaveLength(1);
  });
  test('an ordinary bracket after a character is not a gloss', () => {
    const p = parse(['健康青山行动实施方案', '加强细颗粒物(PM2.5)和臭氧(o)协同控制。']);
    expect(p.lines[1]!.cuts).toBeUndefined();
  });
  test('a spam word standing in for the place name is not the place', () => {
    expect(placeAfterHealth('推进健康彩票建设实施方案', '')).toBeNull();
  });
  test('a damaged date is read only when one reading fits; a damaged 文号 is not read', () => {
    const p = parse(['关于印发《健康青山行动方案》的通知', '青政办〔201912', '各乡镇人民政府:', '现将方案印发给你们。', '青山县人民政府办公室', '2019428', '健康青山行动方案', '一、总体要求', '坚持预防为主。']);
    expect(p.documentNumber).toBeNull();
    expect(p.dates.signed).toMatchObject({ iso: '2019-04-28', guessed: true });
    expect(p.diagnostics.map((d) => d.code)).toContain('guessed-date');
  });
});
