import { describe, expect, test } from 'vitest';
import { niceTicks } from '../../src/lib/charts/nice-ticks.ts';
import { layoutStackedBars } from '../../src/lib/charts/stacked-bars.ts';
import { textWidth } from '../../src/lib/charts/text-width.ts';
import { openBuiltSite, select, textOf } from './support/built-site.ts';

describe('niceTicks', () => {
  test.each([
    [42, [0, 10, 20, 30, 40, 50]],
    [29, [0, 10, 20, 30]],
    [3, [0, 1, 2, 3]],
    [78, [0, 20, 40, 60, 80]],
    [0, [0, 1]],
  ])('up to %d → %j', (max, ticks) => {
    expect(niceTicks(max, 5)).toEqual(ticks);
  });
});

describe('textWidth', () => {
  test.each([
    ['卫生健康', 40],
    ['2020年', 34],
    ['人力社保/医保', 66],
  ])('%s at 10 units → %d', (text, width) => {
    expect(textWidth(text, 10)).toBeCloseTo(width);
  });
});

describe('layoutStackedBars', () => {
  const layout = layoutStackedBars({ series: ['鄞州区', '慈溪市'], rows: [{ label: '全民健身', values: [6, 3] }, { label: '控烟限酒', values: [0, 1] }] }, 200);

  test('stacks segments left to right in series order, leaving out zeros', () => {
    const [fitness, tobacco] = layout.rows;
    expect(fitness!.segments.map((s) => [s.series, s.value])).toEqual([[0, 6], [1, 3]]);
    expect(fitness!.segments[1]!.x).toBeCloseTo(fitness!.segments[0]!.x + fitness!.segments[0]!.width);
    expect(tobacco!.segments.map((s) => s.series)).toEqual([1]);
    expect(fitness!.total).toBe(9);
  });

  test('scales the largest total to a round axis across the bar width', () => {
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 2, 4, 6, 8, 10]);
    const [first] = layout.rows;
    const axis = layout.ticks[layout.ticks.length - 1]!.x - layout.ticks[0]!.x;
    expect(axis).toBeCloseTo(200);
    expect(first!.segments[0]!.width).toBeCloseTo((6 / 10) * 200);
  });

  test('keeps everything inside the picture, labels right of nothing and left of the bars', () => {
    for (const row of layout.rows) {
      expect(row.labelX).toBeGreaterThanOrEqual(textWidth(row.label, layout.fontSize));
      for (const segment of row.segments) expect(segment.x + segment.width).toBeLessThanOrEqual(layout.width);
      expect(row.textY).toBeLessThan(layout.height);
    }
    expect(layout.legend.map((item) => item.label)).toEqual(['鄞州区', '慈溪市']);
  });

  test('is deterministic', () => {
    expect(layoutStackedBars({ series: ['a'], rows: [{ label: 'x', values: [1] }] })).toEqual(layoutStackedBars({ series: ['a'], rows: [{ label: 'x', values: [1] }] }));
  });
});

describe('charts in the built site', () => {
  const site = openBuiltSite();
  const pages = ['/themes/', '/timeline/', '/units/functions/', '/plans/yinzhou-2018/matrix/'];

  test.each(pages)('%s: each chart is one named image with a table beside it', (url) => {
    const { tree } = site.page(url);
    const pairs = select(tree, '.chart-pair');
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      const [svg, ...more] = select(pair, 'svg');
      expect(more).toEqual([]);
      expect(svg!.properties['role']).toBe('img');
      // hast reads a space-separated attribute as a list.
      const ids = [svg!.properties['ariaLabelledBy']].flat();
      const [title] = select(svg!, 'title');
      const [desc] = select(svg!, 'desc');
      expect(ids).toEqual([title!.properties['id'], desc!.properties['id']]);
      expect(textOf(title!)).not.toBe('');
      expect(select(pair, '.chart-pair__table table')).toHaveLength(1);
    }
  });

  test('the themes chart draws each theme’s total as its table says', () => {
    const { tree } = site.page('/themes/');
    const totals = select(tree, '.chart-pair table tbody tr').map((row) => textOf(select(row, 'td').at(-1)!));
    const drawn = select(tree, '.chart-pair svg g').flatMap((g) => select(g, 'text.chart__muted').filter((text) => text.properties['textAnchor'] !== 'middle').map(textOf));
    expect(drawn).toEqual(totals);
  });
});
