import type { DropReason } from '../../src/model/index.ts';
import { normalizeForMatch } from './normalize.ts';

/** A title with the page's residue taken off, and each piece taken with its reason. */
export interface CleanTitle {
  title: string;
  /** A mirror's place tag printed after the title in brackets: (苏州). */
  tag: string | null;
  cuts: Array<{ text: string; reason: DropReason }>;
}

// Residue scrapes leave on a title line, matched on the normalized text: buttons and a dateline, table bars
// (…的实施意见 | |), a page count (28页…), a file extension (….doc), a mirror's
// place tag after a title in 《》 (《…的意见》(苏州)).
/** A page's buttons or dateline printed after a title on its line: 健康某地行动实施方案 【字体:大 中 小】, … 发布时间:… */
export const TITLE_TAIL = /\s+((发布|成文|生成)(日期|时间)|信息来源|来源|浏览次数|阅读次数|点击|作者|字号|字体|【|\[).*$/;

const EDGES: Array<{ re: RegExp; reason: DropReason }> = [
  { re: TITLE_TAIL, reason: 'site-chrome' },
  { re: /(\s*\|)+\s*$/, reason: 'site-chrome' },
  { re: /^\d{1,4}页/, reason: 'page-marker' },
  { re: /\.(docx?|pdf|wps)$/i, reason: 'site-chrome' },
];

/**
 * Take page residue off the edges of a printed title, repeatedly, and unwrap a title printed
 * whole inside 《》 with a mirror's tag after it.
 * @example cleanTitle('某某市人民政府关于推进健康某某行动的实施意见 | |').title // '某某市人民政府关于推进健康某某行动的实施意见'
 */
export function cleanTitle(raw: string): CleanTitle {
  let title = raw.trim();
  const cuts: CleanTitle['cuts'] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const { re, reason } of EDGES) {
      const m = re.exec(normalizeForMatch(title));
      if (!m || m[0].length === title.length) continue;
      cuts.push({ text: title.slice(m.index, m.index + m[0].length), reason });
      title = (title.slice(0, m.index) + title.slice(m.index + m[0].length)).trim();
      changed = true;
    }
  }
  const wrapped = /^《([^《》]+)》(?:\(([\u4e00-\u9fff]{1,6})\))?$/.exec(normalizeForMatch(title));
  const tag = wrapped?.[2] ? title.slice(-1 - wrapped[2].length, -1) : null;
  if (wrapped) {
    cuts.push({ text: title.slice(0, 1), reason: 'site-chrome' }, { text: title.slice(wrapped[1]!.length + 1), reason: 'site-chrome' });
    title = title.slice(1, wrapped[1]!.length + 1);
  }
  return { title, tag, cuts };
}

/**
 * The plan's name inside a notice title: what 《》 enclose, else what stands between 印发/转发
 * and 的通知; a notice that is itself the plan (…关于…的实施意见) names itself.
 * @example titleFromNotice('关于印发《健康某地行动实施方案》的通知') // '健康某地行动实施方案'
 */
export function titleFromNotice(noticeTitle: string): string {
  const norm = normalizeForMatch(noticeTitle);
  const quoted = /《(.+)》/.exec(norm);
  if (quoted) return noticeTitle.slice(quoted.index + 1, quoted.index + 1 + quoted[1]!.length);
  const issued = /(?:印发|转发|批转)(.+?)的通知/.exec(norm);
  if (issued) return noticeTitle.slice(issued.index + 2, issued.index + 2 + issued[1]!.length);
  return noticeTitle;
}
