import { niceTicks } from './nice-ticks.ts';
import { textWidth } from './text-width.ts';

/** What a horizontal stacked bar chart shows: one bar per row, one segment per series. */
export interface StackedBarData {
  series: readonly string[];
  rows: readonly { label: string; values: readonly number[] }[];
}

/** One coloured piece of a bar. */
export interface BarSegment {
  series: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where everything of a stacked bar chart goes, in SVG user units; text stays plain text for the template to escape. */
export interface StackedBarLayout {
  width: number;
  height: number;
  fontSize: number;
  legend: { series: number; label: string; x: number; y: number; size: number; textX: number; textY: number }[];
  ticks: { value: number; x: number; y1: number; y2: number; textY: number }[];
  rows: { label: string; labelX: number; textY: number; total: number; totalX: number; segments: BarSegment[] }[];
}

const FONT = 13;
const ROW = 24;
const BAR = 16;
const GAP = 8;
const SWATCH = 12;

/** Legend items left to right, wrapping at `width`. */
function layoutLegend(series: readonly string[], width: number): { items: StackedBarLayout['legend']; height: number } {
  const items: StackedBarLayout['legend'] = [];
  let x = 0;
  let y = 0;
  series.forEach((label, index) => {
    const itemWidth = SWATCH + 6 + textWidth(label, FONT) + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += ROW;
    }
    items.push({ series: index, label, x, y: y + (ROW - SWATCH) / 2, size: SWATCH, textX: x + SWATCH + 6, textY: y + ROW / 2 + FONT * 0.35 });
    x += itemWidth;
  });
  return { items, height: series.length > 1 ? y + ROW + GAP : 0 };
}

/**
 * Lay out a horizontal stacked bar chart: labels on the left sized to the longest one, bars scaled to
 * the largest total over `barWidth` units, each bar's total after it, gridlines at round values and
 * a legend above when there are several series. Pure: the same data gives the same layout.
 */
export function layoutStackedBars(data: StackedBarData, barWidth = 360): StackedBarLayout {
  const labelWidth = Math.ceil(Math.max(0, ...data.rows.map((row) => textWidth(row.label, FONT)))) + GAP;
  const totals = data.rows.map((row) => row.values.reduce((sum, value) => sum + value, 0));
  const ticks = niceTicks(Math.max(0, ...totals), 5);
  const top = ticks[ticks.length - 1]!;
  const scale = barWidth / top;
  const totalWidth = textWidth(String(top), FONT) + GAP;
  const width = Math.ceil(labelWidth + barWidth + totalWidth + GAP);
  const legend = layoutLegend(data.series, width);
  const plotTop = legend.height;
  const plotBottom = plotTop + data.rows.length * ROW;
  const rows = data.rows.map((row, index) => {
    const y = plotTop + index * ROW + (ROW - BAR) / 2;
    let x = labelWidth;
    const segments = row.values.flatMap((value, series): BarSegment[] => {
      if (value <= 0) return [];
      const segment = { series, value, x, y, width: value * scale, height: BAR };
      x += value * scale;
      return [segment];
    });
    return { label: row.label, labelX: labelWidth - GAP, textY: y + BAR / 2 + FONT * 0.35, total: totals[index]!, totalX: x + 4, segments };
  });
  return {
    width,
    height: plotBottom + ROW,
    fontSize: FONT,
    legend: legend.items,
    ticks: ticks.map((value) => ({ value, x: labelWidth + value * scale, y1: plotTop, y2: plotBottom, textY: plotBottom + FONT + 4 })),
    rows,
  };
}
