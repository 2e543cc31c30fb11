import { expect, test } from 'vitest';
import { matchActions, type ComparedAction } from '../../src/lib/lineage/match-actions.ts';
import { bigramDice, diceScores } from '../../src/lib/lineage/text-similarity.ts';

test.each([
  ['开展全民健身运动', '开展全民健身运动', 1],
  ['开展全民健身运动', '广泛开展全民健身运动', 0.875],
  ['开展全民健身运动', '加强饮用水安全管理', 0],
  ['', '', 0],
])('bigram Dice of %s and %s is %d', (a, b, dice) => {
  expect(bigramDice(a, b)).toBeCloseTo(dice, 3);
});

test('every text of one list scored against every text of the other, repeated bigrams counted', () => {
  const scores = diceScores(['开展全民健身运动', '健康健康', ''], ['广泛开展全民健身运动', '健康', '加强饮用水安全管理']);
  expect(scores.map((row) => [...row].map((score) => Number(score.toFixed(3))))).toEqual([
    [0.875, 0, 0],
    [0, 0.5, 0], // 健康 twice and 康健 once against 健康 once: 2 × 1 / (3 + 1)
    [0, 0, 0],
  ]);
});

const act = (id: string, text: string, lead: string[], themes: string[] = []): ComparedAction => ({ id, label: id, text, themes, lead });

test('actions matched best first: continued, lead changed, new and dropped, in the newer order', () => {
  const older = [
    act('o1', '开展全民健身运动,建设健身步道', ['县体育局']),
    act('o2', '加强饮用水水源地保护', ['县环保局']),
    act('o3', '推进控烟立法宣传', ['县卫计局'], ['tobacco-alcohol']),
  ];
  const newer = [
    act('n1', '深入开展全民健身运动,新建健身步道', ['县体育局']),
    act('n2', '推进无烟机关建设', ['县卫健局'], ['tobacco-alcohol']),
    act('n3', '实施老年健康促进行动', ['县民政局']),
  ];
  expect(matchActions(older, newer).map((r) => [r.kind, r.older?.id ?? null, r.newer?.id ?? null])).toEqual([
    ['continued', 'o1', 'n1'],
    ['dropped', 'o2', null],
    ['dropped', 'o3', null], // a shared theme alone does not make two tasks one: their words differ too much
    ['new', null, 'n2'],
    ['new', null, 'n3'],
  ]);
});

test('a shared theme lowers the bar; a changed lead is reported', () => {
  const older = [act('o1', '推进公共场所控烟工作', ['县卫计局'], ['tobacco-alcohol'])];
  const newer = [act('n1', '深入推进公共场所控烟', ['县卫健局'], ['tobacco-alcohol'])];
  const [row] = matchActions(older, newer);
  expect(row!.kind).toBe('lead-changed');
  expect(row!.similarity).toBeGreaterThan(0.3);
});
