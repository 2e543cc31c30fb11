import type { DropReason } from '../../src/model/index.ts';
import { readMarker, STYLE_RANK } from './numbering.ts';
import { OutlineCounters } from './outline-counters.ts';
import { ADDRESSEE_UNITS, DOCUMENT_NUMBER } from './patterns.ts';
import type { SourceLine } from './source-line.ts';

/** A piece of page furniture inside a line, taken out before the line is read. */
export interface LineCut {
  line: SourceLine;
  text: string;
  reason: DropReason;
}

/** Lines at least this long may hold a whole flattened document (doc-sharing sites, flattened pages). */
const MIN_FLAT = 150;
/** Chunks of a doc-sharing page: long lines each opened by its chunk number (1、 2、 3、). */
const MIN_CHUNK = 200;

// Where a number may start inside running text: 一、 (一) 1. 1、 (1).
const INLINE_MARKER = /第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\)/g;
// A pinyin gloss a mirror printed after a character: 發(fā)布, 會(huì ) — toned, so never an ordinary bracket.
const GLOSS = /(?<=[\u3400-\u9fff])\(\s*[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s*\)/g;
// Inline page footers (—1—) and a doc-sharing copy's elision notes (……(开头部分已省略924字)).
const PAGE_FOOTER_INLINE = /\s[—-]\s?\d{1,3}\s?[—-](?=\s|$)|[…\.]*\s*\((开头|中间|结尾|以下|以上)?部分?已省略\s*\d*\s*字\)/g;
const HAS_PAGE_MARK = new RegExp(PAGE_FOOTER_INLINE.source);
// A title glued to the text after it: …建设规划(2022-2025年)为全面推进…
const GLUED_TITLE = /^[^,。;:、]{4,50}?(方案|计划|要点|意见|规划|纲要)(\(\s*(19|20)\d{2}\s*[-—–~]\s*(19|20)\d{2}\s*年?\s*\))?(?=\s*[^\s()、,。;:的])/;
// The landmarks of a cover notice flattened with its plan: the notice title's end, the
// signature date (maybe with the issuer glued to the last sentence), the (此件公开发布) remark.
const NOTICE_END = /的(通知|意见|决定)(?=\s)/g;
const SIGNATURE = /(?<=\s)(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?=\s|$)/g;
const REMARK = /\((此件|本件)[^()]{0,10}\)/g;
const GLUED_NUMBER = new RegExp(`(?<=\\s|^)${DOCUMENT_NUMBER.source}(?=\\s)`, 'g');
const BREADCRUMB_HEAD = /^\s*(当前位置\s*:?\s*)?首页(\s*>\s*[^\s>]+)+(?=\s)/;
const GLUED_ADDRESSEE = /(?<=\s)各[^。;:\s]{1,60}(\s[^。;:\s]{1,60})?:(?=\s)/g;

/**
 * Split flattened text into the lines its author wrote: a whole document printed on one line is
 * cut before each number that continues its numbering (一、… 二、… (一)… 1.…), after an
 * addressee list and after a title glued to its text; page footers (—1—) and the chunk numbers
 * of doc-sharing pages are taken out as page markers, a mirror's pinyin glosses (發(fā)布) as
 * glosses. Other lines pass through unchanged.
 */
export function splitFlattened(lines: readonly SourceLine[]): { pieces: SourceLine[]; cuts: LineCut[] } {
  const pieces: SourceLine[] = [];
  const cuts: LineCut[] = [];
  const chunked = findChunkLines(lines);
  const last = new OutlineCounters();
  for (const line of lines) {
    const trial = last.clone();
    const long = line.norm.length >= MIN_FLAT ? findSplits(line.norm, chunkMarker(line, chunked), trial) : null;
    const glosses = [...line.norm.matchAll(GLOSS)];
    // Both kinds of mark print a dash or 省略; most lines have neither, and the full pattern is slow.
    const marks = /[—\-省]/.test(line.norm) && HAS_PAGE_MARK.test(line.norm);
    const splits = long ?? (chunked.has(line.n) || glosses.length > 0 || marks ? [] : null);
    if (!splits) {
      // A line of its own keeps the numbering state current for the flattened lines after it.
      const lead = readMarker(line.norm);
      if (lead) last.take(lead.style, lead.value);
      pieces.push(line);
      continue;
    }
    last.adopt(trial);
    const removed: Array<[number, number]> = [];
    if (chunked.has(line.n)) {
      const m = /^\s*\d{1,3}、/.exec(line.norm)!;
      removed.push([0, m[0].length]);
      cuts.push({ line, text: line.raw.slice(0, m[0].length), reason: 'page-marker' });
    }
    for (const m of line.norm.matchAll(PAGE_FOOTER_INLINE)) {
      removed.push([m.index, m.index + m[0].length]);
      cuts.push({ line, text: line.raw.slice(m.index, m.index + m[0].length), reason: 'page-marker' });
    }
    for (const m of glosses) {
      removed.push([m.index, m.index + m[0].length]);
      cuts.push({ line, text: line.raw.slice(m.index, m.index + m[0].length), reason: 'pinyin-gloss' });
    }
    const bounds = [0, ...splits, line.norm.length];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const piece = slicePiece(line, bounds[i]!, bounds[i + 1]!, removed);
      if (piece) pieces.push(piece);
    }
  }
  return { pieces, cuts };
}

/** Where the text of a doc-sharing chunk starts, after its chunk number. */
function chunkMarker(line: SourceLine, chunked: ReadonlySet<number>): number {
  return chunked.has(line.n) ? /^\s*\d{1,3}、/.exec(line.norm)![0].length : 0;
}

/**
 * The cut points of one long line, continuing the numbering state of the lines before, or null
 * when the line is ordinary running text: a flattened line holds numbers of two ranks
 * (二、… (一)… 1.…); a doc-sharing chunk any number. An inline enumeration ((1)…;(2)…) is not cut.
 */
function findSplits(norm: string, from: number, last: OutlineCounters): number[] | null {
  const splits: number[] = [];
  const ranks = new Set<number>();
  let headingFrom = from;
  for (const m of norm.matchAll(INLINE_MARKER)) {
    const p = m.index;
    if (p <= from) continue;
    const marker = readMarker(norm.slice(p));
    if (!marker) continue;
    const before = norm[p - 1]!;
    const heading = norm.slice(headingFrom, p).trim();
    const afterStop = /[\s。;!?:”)」]/.test(before);
    const afterHeading = heading.length <= 20 && !/[,、。;:]/.test(heading);
    if (!afterStop && !afterHeading) continue;
    // A part (第二部分) opens a new outline: every level below it starts again.
    if (marker.printed.startsWith('第')) last.restart();
    else if (!last.take(marker.style, marker.value)) continue;
    splits.push(p);
    ranks.add(STYLE_RANK[marker.style]);
    headingFrom = p + marker.length;
  }
  if (ranks.size < (from > 0 ? 1 : 2)) return null;
  const glued = GLUED_TITLE.exec(norm.slice(from));
  if (glued && readMarker(norm.slice(from)) === null) splits.push(from + glued[0].length);
  splits.push(...coverSplits(norm, from, splits.length > 0 ? Math.min(...splits) : norm.length));
  // An addressee list (各…单位:) run into the text it addresses.
  const colon = /^[^。]{3,100}?:(?=\s)/.exec(norm.slice(from));
  if (colon && ADDRESSEE_UNITS.test(colon[0])) splits.push(from + colon[0].length);
  return [...new Set(splits)].sort((a, b) => a - b);
}

/** Cut points of a cover notice flattened before the first number: title end, issuer, date, remark, glued title. */
function coverSplits(norm: string, from: number, until: number): number[] {
  const head = norm.slice(0, until);
  const out: number[] = [];
  for (const m of head.matchAll(NOTICE_END)) {
    if (m.index < from) continue;
    out.push(m.index + m[0].length);
    // Page metadata or a breadcrumb run into the notice title: …主题分类:卫生 青山县人民政府办公室关于印发…的通知
    const opens = Math.max(head.lastIndexOf('关于', m.index), head.lastIndexOf('印发', m.index));
    const space = head.slice(0, opens).search(/\s\S*$/);
    if (opens > 0 && space > from && m.index - space <= 80 && /[:>|]/.test(head.slice(Math.max(from, space - 40), space))) out.push(space + 1);
  }
  // A breadcrumb at the head of the page, run into its metadata: 首页 > 政务公开 > 政府文件 索引号:…
  const crumb = BREADCRUMB_HEAD.exec(head);
  if (crumb) out.push(crumb[0].length);
  // A 文号 printed between the notice title and the addressees: 青政发〔2022〕7号 各乡镇人民政府…
  for (const m of head.matchAll(GLUED_NUMBER)) out.push(m.index, m.index + m[0].length);
  // Addressees run on after the notice title or the 文号: 各…单位: before the cover's text.
  for (const m of head.matchAll(GLUED_ADDRESSEE)) if (ADDRESSEE_UNITS.test(m[0])) out.push(m.index, m.index + m[0].length);
  for (const m of head.matchAll(SIGNATURE)) {
    out.push(m.index, m.index + m[0].length);
    // A plan title right after the date when no (此件公开发布) remark is printed.
    const after = head.slice(m.index + m[0].length);
    if (!/^\s*\(/.test(after)) {
      const glued = GLUED_TITLE.exec(after.trimStart());
      if (glued) out.push(m.index + m[0].length + (after.length - after.trimStart().length) + glued[0].length);
    }
    // The issuer printed between the last sentence and the date: …执行。 某某市人民政府办公室 2021 年…
    const stop = head.lastIndexOf('。', m.index);
    if (stop >= from && m.index - stop <= 32 && !/[,,;:]/.test(head.slice(stop + 1, m.index))) out.push(stop + 1);
  }
  for (const m of head.matchAll(REMARK)) {
    out.push(m.index, m.index + m[0].length);
    const after = m.index + m[0].length;
    const glued = GLUED_TITLE.exec(head.slice(after).trimStart());
    if (glued) out.push(after + (head.slice(after).length - head.slice(after).trimStart().length) + glued[0].length);
  }
  return out.filter((p) => p > from && p < until);
}

/** The piece [start, end) of a line without its removed spans, or null when nothing is left. */
function slicePiece(line: SourceLine, start: number, end: number, removed: ReadonlyArray<[number, number]>): SourceLine | null {
  let raw = '';
  let norm = '';
  let at = start;
  for (const [a, b] of [...removed].sort((x, y) => x[0] - y[0])) {
    if (b <= at || a >= end) continue;
    raw += line.raw.slice(at, Math.max(at, a));
    norm += line.norm.slice(at, Math.max(at, a));
    at = Math.min(end, b);
  }
  raw += line.raw.slice(at, end);
  norm += line.norm.slice(at, end);
  if (norm.trim() === '') return null;
  return { n: line.n, raw, norm, blank: false, col: start };
}

/** Lines of a doc-sharing page opened by chunk numbers 1、 2、 3、…, each chunk but the last long. */
function findChunkLines(lines: readonly SourceLine[]): Set<number> {
  const run: SourceLine[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    const m = /^\s*(\d{1,3})、/.exec(line.norm);
    if (m && Number(m[1]) === run.length + 1) run.push(line);
    else if (run.length < 2) run.length = 0;
    else break;
  }
  // A chunk is cut by length, not by sense: each but the last is long and stops mid-sentence.
  const cut = run.slice(0, -1).every((l) => l.norm.length >= MIN_CHUNK && !/[。;!?)”]\s*$/.test(l.norm));
  return run.length >= 2 && cut ? new Set(run.map((l) => l.n)) : new Set();
}
