import { describe, expect, test } from 'vitest';
import { readNotice } from '../../scripts/ingest/read-notice.ts';

/** Parse an invented plan body and give each action's lead and participating unit names. */
function actionsOf(body: string[]) {
  const text = ['青川县健康促进2023年工作要点', '一、重点任务', '(一)健康知识普及行动', ...body].join('\n');
  const outcome = readNotice('qingchuan.txt', Buffer.from(text));
  if (!outcome.ok) throw new Error(outcome.error);
  const { plan } = outcome;
  const nameOf = (slug: string) => plan.units.find((u) => u.slug === slug)!.name;
  return plan.actions.map((a) => [a.lead.map(nameOf).join('、'), a.participating.map(nameOf).join('、')]);
}

describe('a stated rule that the first unit leads', () => {
  test('下同: this list and every list after it', () => {
    expect(
      actionsOf([
        '1.开展健康科普进社区活动。(责任单位:县卫健局、县教育局,各有关部门。排第一位的为牵头单位,其他为协助配合单位,下同)',
        '2.建设健康步道5条。(责任单位:县体育局、县住建局)',
        '3.推进无烟机关建设。(牵头单位:县爱卫办;配合单位:县卫健局)',
      ]),
    ).toEqual([
      ['县卫健局', '县教育局、各有关部门'],
      ['县体育局', '县住建局'],
      ['县爱卫办', '县卫健局'], // a list that prints its own lead keeps it
    ]);
  });

  test('without 下同: only the list that states it', () => {
    expect(
      actionsOf([
        '1.开展健康科普进社区活动。(责任单位:县卫健局、县教育局,排名第一的为牵头单位)',
        '2.建设健康步道5条。(责任单位:县体育局、县住建局)',
      ]),
    ).toEqual([
      ['县卫健局', '县教育局'],
      ['', '县体育局、县住建局'],
    ]);
  });

  test('stated once in a note before the lists: every list after it', () => {
    expect(
      actionsOf([
        '注:各项任务责任单位中排在第一位的为牵头单位。',
        '1.开展健康科普进社区活动。(责任单位:县卫健局、县教育局)',
        '2.建设健康步道5条。(责任单位:县体育局、县住建局)',
      ]),
    ).toEqual([
      ['县卫健局', '县教育局'],
      ['县体育局', '县住建局'],
    ]);
  });

  test('two names printed without 、 are read as two units', () => {
    expect(
      actionsOf([
        '1.开展健康科普进社区活动。(县卫健局牵头,县委宣传部县教育局按职责分工负责)',
        '2.建设健康步道5条。(县体育局牵头,县教育局配合)',
      ]),
    ).toEqual([
      ['县卫健局', '县委宣传部、县教育局'],
      ['县体育局', '县教育局'],
    ]);
  });
});
