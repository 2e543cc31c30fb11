import type { Comparator } from '../../src/model/insight.ts';
import { normalizeForMatch } from '../parse/normalize.ts';
import { leadingQualifier, resolveComparator } from './comparators.ts';
import { findDeadlines, type DeadlineMark } from './deadlines.ts';
import { cutSpans, maskNonTargets } from './mask-text.ts';
import {
  ENDS_WITH_CONJUNCTION,
  SEGMENT_END,
  SENTENCE_END,
  cleanMetric,
  contextOfList,
  endAfter,
  leadingVerb,
  metricOfChange,
  nounAfterVerb,
  startBefore,
} from './metric-phrase.ts';
import { spreadMetrics, spreadYears } from './spread-values.ts';
import { findValues, groupRuns, isClassifier, type ValueToken } from './target-values.ts';
import { peelLead } from './value-lead.ts';

/** A target read from one printed text, before it is placed in a plan. */
export interface TextTarget {
  metric: string;
  comparator: Comparator;
  value: number;
  unit: string;
  /** The deadline printed in the target's sentence, if any. */
  deadline: { year: number; printed: string } | null;
  snippet: string;
  /** Offsets of the snippet in the printed text. */
  start: number;
  end: number;
}



/** Where a count's noun ends: 建设15家检测室并免费开放, → 检测室并免费开放. */
function objectAfter(norm: string, masked: string, from: number, limit: number, stopAtComma: boolean): { text: string; end: number } {
  const ends = stopAtComma ? /[。;!?\n,:、]/ : SEGMENT_END;
  const end = Math.min(endAfter(masked, from, ends), limit);
  return { text: norm.slice(from, end), end };
}

const OBJECT_START = /^[\u3400-\u9fff“(]/;

/**
 * The quantitative targets of one printed text (a clause's heading or text): each number with a
 * target unit, the metric printed before it (or the noun after a count), the comparator from the
 * words around it, and the deadline printed in its sentence. Offsets slice the printed text.
 * @example readTargets('孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在9.5/10万、6.5‰和8‰以下')
 *   // → 孕产妇死亡率 ≤ 9.5 /10万, 婴儿死亡率 ≤ 6.5 ‰, 5岁以下儿童死亡率 ≤ 8 ‰
 */
export function readTargets(printed: string, cut: readonly string[] = []): TextTarget[] {
  const norm = normalizeForMatch(printed);
  const masked = cutSpans(maskNonTargets(norm), printed, cut);
  const runs = groupRuns(findValues(masked), masked);
  const deadlines = findDeadlines(masked);
  const out: TextTarget[] = [];
  let floor = 0;
  // The previous target of the same sentence, whose verb later items of a 、 list share.
  let previous: { sentence: number; pre: string; metric: string; verb: string | null } | null = null;

  runs.forEach((run, i) => {
    const sentence = startBefore(masked, run.start, SENTENCE_END);
    const chained = previous?.sentence === sentence ? previous : null;
    let start = Math.max(floor, startBefore(masked, run.start, SEGMENT_END));
    const separator = /^[、,和及与或并\s]*/.exec(norm.slice(start, run.start))![0];
    start += separator.length;
    const raw = norm.slice(start, run.start);
    const qualifier = leadingQualifier(masked.slice(run.end));
    const afterValue = run.end + (qualifier?.word.length ?? 0);

    // Not targets: a summary count (…等7个方面), a baseline (从年人均570元提高到600元), a
    // precondition (在100%完成自查模块填报工作基础上).
    if (raw.endsWith('等')) return void (floor = afterValue);
    if (/(?:从|由)(?:年人均|人均)?$/.test(raw)) return;
    if (raw.trim() === '在' && masked.slice(run.end, endAfter(masked, run.end, SEGMENT_END)).includes('基础上')) return;

    const lead = peelLead(raw);
    let perCapita = lead.prefix?.endsWith('人均') ?? false;
    // From the baseline on (从年人均570元…), the phrase is not the metric.
    const from = /(?:从|由).*$/.exec(lead.metric);
    if (from) perCapita ||= from[0].includes('人均');
    const pre = cleanMetric(from ? lead.metric.slice(0, from.index) : lead.metric);

    // The noun after a count (建设15家检测室), or after 的 when the value modifies it (100%的学校…).
    const unit = run.tokens.at(-1)!.unit;
    const rest = norm.slice(afterValue);
    const nextRun = runs[i + 1]?.start ?? norm.length;
    let object = '';
    let end = afterValue;
    const countFirst = isClassifier(unit) && OBJECT_START.test(rest);
    const modifier = rest.startsWith('的') && (pre === '' || !lead.leaning);
    if (countFirst || modifier || (pre === '' && OBJECT_START.test(rest))) {
      const o = objectAfter(norm, masked, afterValue, nextRun, countFirst && !modifier);
      object = o.text.replace(/^的/, '');
      if (/^目标/.test(object)) object = '';
      else end = o.end;
    }

    // 完成A、B和5个C: the count is C's only; the list lends C its verb, not its items.
    const counted = countFirst && ENDS_WITH_CONJUNCTION.test(pre) ? contextOfList(pre) : pre;
    let metric = counted + object;
    let snippetStart = start;
    if (pre === '' && object && chained) metric = chained.pre + object;
    else if (separator.includes('、') && chained?.verb && !leadingVerb(metric)) metric = chained.verb + metric;
    // 新增公共厕所9座、改造提升18座: a bare verb acts on the noun of the item before.
    else if (chained && metric !== '' && leadingVerb(metric) === metric) metric += nounAfterVerb(chained.metric);
    if (metric === '') {
      // 居民健康素养水平显著提高,达到32%以上: the metric is the clause before.
      const before = startBefore(masked, start - 1, SEGMENT_END);
      if (before >= sentence && before < start - 1) {
        metric = metricOfChange(norm.slice(before, start - 1));
        snippetStart = before;
      }
    }
    if (metric === '') return void (floor = end);
    if (lead.prefix && !perCapita) metric += `(${lead.prefix})`;

    const deadline = lastBefore(deadlines, sentence, run.start);
    const metrics = spreadMetrics(metric, pre, lead.spread, run.tokens.length);
    const years = spreadYears(deadline, lead.spread, run.tokens.length);
    const snippet = printed.slice(snippetStart, end);
    const emit = (m: string, token: ValueToken, year: number | null) => {
      if (token.duration && lead.leaning?.kind !== 'strict') return;
      out.push({
        metric: m,
        comparator: resolveComparator(lead.leaning, qualifier?.comparator ?? null),
        value: token.value,
        unit: perCapita && token.unit.endsWith('元') ? `${token.unit}/人` : token.unit,
        deadline: deadline ? { year: year ?? deadline.year, printed: printed.slice(deadline.start, deadline.end) } : null,
        snippet,
        start: snippetStart,
        end,
      });
    };
    if (lead.spread === '各' && run.tokens.length === 1) for (const m of metrics) emit(m, run.tokens[0]!, null);
    else run.tokens.forEach((token, k) => emit(metrics[k] ?? metric, token, years?.[k] ?? null));

    floor = end;
    previous = { sentence, pre: pre || chained?.pre || '', metric, verb: leadingVerb(metric) };
  });
  return out;
}

function lastBefore(deadlines: readonly DeadlineMark[], from: number, to: number): DeadlineMark | null {
  return deadlines.filter((d) => d.start >= from && d.end <= to).at(-1) ?? null;
}

