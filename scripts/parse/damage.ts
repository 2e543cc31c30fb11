import type { DiagnosticSink } from './diagnostics.ts';
import type { LogicalLine } from './logical-lines.ts';
import { SENTENCE_END } from './patterns.ts';

// Bopomofo, the replacement character, or "?" wedged between Chinese characters: signs of
// text decoded with the wrong encoding (提高醫?;鸬氖褂眯堋#ㄊ嗅t保局).
const MOJIBAKE = /[\u3100-\u312f\ufffd]|[\u4e00-\u9fff]\?[;;\u4e00-\u9fff#]/;
// Two years run together where a dash was lost: 20182019年.
const LOST_DASH = /((?:19|20)\d{2})((?:19|20)\d{2})年/;

/**
 * Report damage the scrape did to the plan text, without repairing it: garbled runs,
 * lost dashes, and a text that stops mid-sentence (probably truncated).
 */
export function reportDamage(lines: readonly LogicalLine[], sink: DiagnosticSink): void {
  for (const line of lines) {
    const n = line.lines[0]!.n;
    const garbled = MOJIBAKE.exec(line.raw);
    if (garbled) {
      const around = line.raw.slice(Math.max(0, garbled.index - 4), garbled.index + 12);
      sink.report('mojibake', 'warning', n, `garbled characters in the source near "${around}"`);
    }
    const dash = LOST_DASH.exec(line.norm);
    if (dash && Number(dash[2]) > Number(dash[1])) {
      sink.report('lost-dash', 'info', n, `"${dash[0]}" probably means ${dash[1]}—${dash[2]}年 (dash lost in the source)`);
    }
  }
  const last = lines.at(-1);
  if (last && !SENTENCE_END.test(last.norm)) {
    sink.report('truncated', 'warning', last.lines.at(-1)!.n, 'the plan text stops mid-sentence: the notice is probably truncated');
  }
}
