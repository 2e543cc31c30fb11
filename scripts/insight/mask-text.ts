/** The character that stands for a masked one: not a digit, not a delimiter, not a keyword. */
export const MASK = '□';

/**
 * Spans of a line that never hold a target although they hold numbers, each replaced by
 * MASK characters so offsets still slice the printed text:
 * - document titles 《…》 (nested 〈〉 and <> included): 《中国公民健康素养66条》;
 * - document numbers: 〔2017〕107号, (浙体群〔2015〕313);
 * - quoted names: “1+5”, “15 分钟健身圈”, “84559”;
 * - scraped links: <javascript:OpenWin(…)>;
 * - ranges, whose two ends are not one value: 0-6岁, 3-5公里, 1—2项, 2017-2020年;
 * - identifiers with digits: PM2.5, COVID-19.
 * @example maskNonTargets('《健康素养66条》,达到85%') // '□□□□□□□□□,达到85%'
 */
export function maskNonTargets(norm: string): string {
  const blank = (m: string) => MASK.repeat(m.length);
  return norm
    .replace(/《[^《》]*》/g, blank)
    .replace(/<[^<>]*>/g, blank)
    .replace(/[〔[]\d{4}[〕\]]\s*\d*号?/g, blank)
    .replace(/“[^“”]*”|"[^"]*"/g, blank)
    .replace(/\d+(?:\.\d+)?\s*[-—–~～至]\s*\d+(?:\.\d+)?/g, blank)
    // Not the m3 of μg/m3.
    .replace(/(?<![/A-Za-z])[A-Za-z]+[-.]?\d+(?:\.\d+)?/g, blank);
}

/**
 * The masked text with each printed span of `cut` (the plan's unit lists, such as
 * (市體育發展中心)) turned into line breaks: a list ends what precedes it, and is no metric.
 * @example cutSpans('(市)新建绿道', '(市)新建綠道', ['(市)']) // '\n\n\n新建绿道' (offsets kept)
 */
export function cutSpans(masked: string, printed: string, cut: readonly string[]): string {
  let out = masked;
  for (const span of cut) {
    if (!span) continue;
    for (let at = printed.indexOf(span); at >= 0; at = printed.indexOf(span, at + span.length)) {
      out = out.slice(0, at) + '\n'.repeat(span.length) + out.slice(at + span.length);
    }
  }
  return out;
}
