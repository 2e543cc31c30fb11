import { expect, test } from 'vitest';
import { changeColumns, summarizeChanges, viewChangeRow } from '../../src/lib/lineage/change-view.ts';
import type { ChangeRow, ComparedAction } from '../../src/lib/lineage/match-actions.ts';

const act = (id: string, label: string, lead: string[]): ComparedAction => ({ id, label, text: label, themes: [], lead });
const older = { slug: 'lanxi-2021', lang: undefined };
const newer = { slug: 'lanxi-2022', lang: 'zh-Hant' as const };
const href = (slug: string, id: string) => `/plans/${slug}/#${id}`;

test.each<[string, ChangeRow, ReturnType<typeof viewChangeRow>]>([
  [
    'a task whose lead changed: both sides linked, the similarity to two places',
    { kind: 'lead-changed', older: act('c2-1', '二、(一)控烟行动', ['县卫计局']), newer: act('c2-2', '二、(二)控煙行動', ['縣衛健局', '縣教育局']), similarity: 0.6667 },
    {
      kind: 'lead-changed',
      kindLabel: '牵头单位变化',
      older: { href: '/plans/lanxi-2021/#c2-1', label: '二、(一)控烟行动', lead: '牵头：县卫计局', lang: undefined },
      newer: { href: '/plans/lanxi-2022/#c2-2', label: '二、(二)控煙行動', lead: '牵头：縣衛健局、縣教育局', lang: 'zh-Hant' },
      similarity: '0.67',
    },
  ],
  [
    'a new task without a lead unit: no older side, no similarity',
    { kind: 'new', older: null, newer: act('c3-1', '三、(一)老年健康', []), similarity: 0 },
    {
      kind: 'new',
      kindLabel: '新增',
      older: null,
      newer: { href: '/plans/lanxi-2022/#c3-1', label: '三、(一)老年健康', lead: '牵头：未列牵头单位', lang: 'zh-Hant' },
      similarity: '—',
    },
  ],
])('%s', (_name, row, view) => {
  expect(viewChangeRow(row, older, newer, href)).toEqual(view);
});

test('the summary counts every kind, in the order the pages list them, zero included', () => {
  const rows: ChangeRow[] = [
    { kind: 'new', older: null, newer: act('a', 'a', []), similarity: 0 },
    { kind: 'new', older: null, newer: act('b', 'b', []), similarity: 0 },
    { kind: 'dropped', older: act('c', 'c', []), newer: null, similarity: 0 },
  ];
  expect(summarizeChanges(rows).map(({ text }) => text)).toEqual(['延续：0 项', '牵头单位变化：0 项', '新增：2 项', '不再列出：1 项']);
});

test('the columns name each plan’s period; only the similarity is numeric', () => {
  expect(changeColumns('2021年', '2022年')).toEqual([
    { label: '变化', numeric: false },
    { label: '较早规划（2021年）', numeric: false },
    { label: '较新规划（2022年）', numeric: false },
    { label: '相似度', numeric: true },
  ]);
});
