import { furnitureReason } from './furniture.ts';
import { isMetadataLine } from './metadata.ts';
import { readMarker } from './numbering.ts';
import { TITLE_TAIL } from './plan-title.ts';
import {
  ADDRESSEE, ADDRESSEE_UNITS, ATTACHMENT, CLOSING, COVER_REMARK, FOOTER, NOTICE_TITLE, SENTENCE_PUNCT, SITE_CHROME, TITLE_END,
} from './patterns.ts';
import { isIssuerName, readSignature } from './signature.ts';
import type { SourceLine } from './source-line.ts';

/** Index ranges (into the line array, end exclusive) of the parts of a scraped notice. */
export interface Zones {
  /** Portal header: metadata, breadcrumbs, chrome; ends before the cover. */
  header: [number, number];
  /** The notice title's lines [start, end) (关于印发《…》的通知, maybe over two lines), when there is a cover notice. */
  noticeTitle: [number, number] | null;
  /** Addressees to remarks: [start, end). Empty when the notice has no cover. */
  cover: [number, number];
  /** The signature date line inside the cover, if found. */
  signedDate: number | null;
  planTitle: [number, number];
  body: [number, number];
  trailer: [number, number];
}

// A bullet before a header line or the addressees (• 各区、市人民政府…:) is the page's, not the notice's.
const text = (line: SourceLine) => line.norm.trim().replace(/^•\s*/, '');

function nextContent(lines: readonly SourceLine[], from: number, to = lines.length): number {
  let i = from;
  while (i < to && lines[i]!.blank) i++;
  return i;
}

/** A line that starts the end matter: attachments, 抄送/印发, site footer or chrome. */
export function startsTrailer(line: SourceLine): boolean {
  const t = text(line);
  if (t === '') return false;
  if (ATTACHMENT.test(t) || CLOSING.test(t)) return true;
  if (FOOTER.test(t) && (!t.includes('。') || /https?:\/\//.test(t))) return true;
  // A number alone may be an item's number printed above its heading, not a page's chrome.
  return t.length <= 20 && SITE_CHROME.test(t) && !/^\d{1,2}$/.test(t);
}

function isNoticeTitle(line: SourceLine): boolean {
  return isNoticeTitleText(text(line)) && !isMetadataLine(line);
}

function isNoticeTitleText(t: string): boolean {
  // Table bars a page left after the title (…的实施意见 | |) are not part of it.
  const bare = t.replace(/(\s*\|)+\s*$/, '');
  return bare.length >= 8 && bare.length <= 120 && NOTICE_TITLE.test(bare);
}

/**
 * A notice title printed over two lines (临江市人民政府关于推进 / 健康临江行动的实施意见): the
 * first opens it (关于, 印发) and ends no title, the two read together as one. Returns the second line's index.
 */
function noticeTitleGoesOn(lines: readonly SourceLine[], i: number): number | null {
  const first = text(lines[i]!);
  const j = nextContent(lines, i + 1);
  if (j >= lines.length || !/关于|印发|转发/.test(first) || !incomplete(lines[i]!) || isPageFurniture(lines[i]!) || isPageFurniture(lines[j]!)) return null;
  const second = text(lines[j]!);
  return !SENTENCE_PUNCT.test(second) && isNoticeTitleText(first + second) ? j : null;
}

/**
 * The addressee line: it names units (各…:, …管委会:), whether or not a notice title is printed above it.
 * A page's own labels also end in a colon (分享到:, 相关链接:, 相关附件:) and are never addressees.
 */
function isAddressee(line: SourceLine): boolean {
  const t = text(line);
  const shaped = t.length >= 3 && t.length <= 100 && ADDRESSEE.test(t) && !isPageFurniture(line) && !t.includes('《') && !t.includes('。');
  return shaped && (ADDRESSEE_UNITS.test(t) || t.startsWith('各'));
}

/** A line above a plan that is not furniture: either part of a title or the text itself. */
function isPageFurniture(line: SourceLine): boolean {
  return isMetadataLine(line) || furnitureReason(line.norm, 'header') !== null;
}

/** "附件1:" alone: the label of the enclosed plan that follows the cover. */
export function isAttachmentLabel(line: SourceLine): boolean {
  return /^附件\s*\d*\s*:?$/.test(text(line));
}

/** Where the cover notice ends: after its date line (maybe printed after the issuer) and any (此件公开发布) remark. */
function findCoverEnd(lines: readonly SourceLine[], from: number): { end: number; date: number | null } {
  const limit = Math.min(lines.length, from + 40);
  let heading = -1;
  for (let i = from; i < limit; i++) {
    if (lines[i]!.blank) continue;
    if (heading < 0 && readMarker(text(lines[i]!)) !== null && !isPageFurniture(lines[i]!)) heading = i;
    if (readSignature(text(lines[i]!)) === null) continue;
    let end = i + 1;
    for (let j = nextContent(lines, end); j < lines.length && COVER_REMARK.test(text(lines[j]!)); ) {
      end = j + 1;
      j = nextContent(lines, end);
    }
    // Past a numbered heading, a date is a cover's only when a plan follows it; else it signs a
    // directly issued 意见 whose text began at that heading (…提出如下意见: 一、… 县人民政府 2020年10月12日).
    if (heading >= 0 && !followedByPlan(lines, end)) return { end: from, date: null };
    return { end, date: i };
  }
  return { end: from, date: null };
}

/** Whether plan text follows: a numbered heading within the next few lines. */
function followedByPlan(lines: readonly SourceLine[], from: number): boolean {
  let seen = 0;
  for (let i = nextContent(lines, from); i < lines.length && seen < 6; i = nextContent(lines, i + 1), seen++) {
    if (startsTrailer(lines[i]!)) return false;
    if (readMarker(text(lines[i]!)) !== null) return true;
  }
  return false;
}

function looksLikeTitleLine(line: SourceLine): boolean {
  const t = text(line).replace(TITLE_TAIL, '');
  return t.length > 0 && t.length <= 60 && !SENTENCE_PUNCT.test(t) && readMarker(t) === null && !t.startsWith('——') && !isPageFurniture(line);
}

/** A title line that needs the next one: it does not end like a plan's name (贯彻《…》、). */
const incomplete = (line: SourceLine) => !TITLE_END.test(text(line).replace(/\s+/g, ''));
/** A site's or issuer's name alone (某某市卫生健康委员会): joined to a title only when the title goes on with 关于. */
const orgName = (line: SourceLine) => /(委员会|人民政府|政府|办公室|办公厅|局|委|厅|网|网站)$/.test(text(line).replace(/\s+/g, ''));
const joins = (first: SourceLine, second: SourceLine) =>
  (incomplete(first) && (!orgName(first) || /^关于/.test(text(second)))) || yearsLine(second);
/** An issuer's name or a signature date alone, or both on one line: printed under a plan title, never part of it. */
export const isSignatureLine = (line: SourceLine) => readSignature(text(line)) !== null || isIssuerName(text(line));
/** A title's second line that only adds its years or a short qualifier: (2009—2011年), (试行), (征求意见稿). */
const yearsLine = (line: SourceLine) => /^\(\s*(19|20)\d{2}/.test(text(line)) || /^\([^()。,;:]{1,8}\)$/.test(text(line).replace(/\s+/g, ''));

/** The plan title lines after the cover: [start, end) of up to three lines, skipping an 附件1: label. */
function findTitle(lines: readonly SourceLine[], from: number): [number, number] {
  let i = nextContent(lines, from);
  if (i < lines.length && isAttachmentLabel(lines[i]!)) i = nextContent(lines, i + 1);
  let end = from;
  for (let taken = 0; i < lines.length && taken < 3; i = nextContent(lines, i + 1)) {
    const line = lines[i]!;
    if (!looksLikeTitleLine(line) || startsTrailer(line)) break;
    if (taken > 0 && !joins(lines[end - 1]!, line)) break;
    end = i + 1;
    taken++;
  }
  return [from, end];
}

/**
 * A notice with no cover: the plan title is the last title-like line (or two) above the text
 * that leads to the first numbered heading; everything above it is the page's header.
 * Returns [titleStart, bodyStart].
 */
function findUncoveredTitle(lines: readonly SourceLine[], from: number): [number, number] {
  const limit = Math.min(lines.length, from + 80);
  let first = limit;
  for (let i = from; i < limit; i++) {
    const numbered = readMarker(text(lines[i]!)) !== null || (/^\d{1,2}$/.test(text(lines[i]!)) && i + 1 < limit);
    if (!lines[i]!.blank && numbered && (!isPageFurniture(lines[i]!) || /^\d/.test(text(lines[i]!)))) {
      first = i;
      break;
    }
  }
  const content = (i: number) => i >= from && !lines[i]!.blank;
  let i = first - 1;
  let bodyStart = first;
  // The preamble: running text right above the first heading.
  for (; i >= from; i--) {
    if (!content(i)) continue;
    if (looksLikeTitleLine(lines[i]!) || isPageFurniture(lines[i]!)) break;
    bodyStart = i;
  }
  // A dateline or a metadata line may sit between the title and the text.
  while (i >= from && (!content(i) || isPageFurniture(lines[i]!))) i--;
  // So may the plan's own signature: its issuer and date under its title (健康青山建设工作要点 / 青山县卫生健康局 / 2022年3月1日).
  const aboveFurniture = i;
  while (i >= from && (!content(i) || isPageFurniture(lines[i]!) || isSignatureLine(lines[i]!))) i--;
  if (i < from || !looksLikeTitleLine(lines[i]!)) i = aboveFurniture;
  if (i < from || !looksLikeTitleLine(lines[i]!)) return [bodyStart, bodyStart];
  let titleStart = i;
  for (let j = i - 1, taken = 1; j >= from && taken < 3; j--) {
    if (!content(j)) continue;
    if (!looksLikeTitleLine(lines[j]!) || !joins(lines[j]!, lines[titleStart]!)) break;
    titleStart = j;
    taken++;
  }
  return [titleStart, bodyStart];
}

/**
 * Where a directly issued document's sign-off starts: its issuer and date printed after its last
 * clause (…(二)动员各方参与。 / 青山县人民政府 / 2020年10月12日), or `end` when it has none.
 */
function findSignOff(lines: readonly SourceLine[], from: number, end: number): number {
  const before = (i: number) => {
    let j = i - 1;
    while (j >= from && lines[j]!.blank) j--;
    return j;
  };
  const date = before(end);
  if (date < from || readSignature(text(lines[date]!)) === null) return end;
  const issuer = before(date);
  return issuer >= from && isIssuerName(text(lines[issuer]!)) ? issuer : date;
}

/**
 * Split a notice into header, cover, plan title, body and trailer by the genre's landmarks:
 * the notice title, the addressee line ending in a colon, the signature date, end matter.
 */
export function splitZones(lines: readonly SourceLine[]): Zones {
  let addressee = -1;
  let noticeTitle: [number, number] | null = null;
  for (let i = 0; i < lines.length && i < 80; i++) {
    if (lines[i]!.blank) continue;
    const goesOn = isNoticeTitle(lines[i]!) ? null : noticeTitleGoesOn(lines, i);
    if (isNoticeTitle(lines[i]!)) noticeTitle = [i, i + 1];
    else if (goesOn !== null) {
      noticeTitle = [i, goesOn + 1];
      i = goesOn;
    } else if (isAddressee(lines[i]!)) {
      addressee = i;
      break;
    } else if (readMarker(text(lines[i]!)) !== null && !isPageFurniture(lines[i]!)) break;
  }

  let headerEnd: number;
  let coverEnd: number;
  let signedDate: number | null = null;
  let planTitle: [number, number];
  let bodyStart: number;
  if (addressee >= 0) {
    headerEnd = addressee;
    const found = findCoverEnd(lines, addressee + 1);
    coverEnd = found.end;
    signedDate = found.date;
    if (signedDate === null) coverEnd = nextContent(lines, addressee + 1) + 1;
    planTitle = findTitle(lines, coverEnd);
    bodyStart = planTitle[1];
  } else {
    const [titleStart, start] = findUncoveredTitle(lines, 0);
    headerEnd = titleStart;
    coverEnd = titleStart;
    planTitle = [titleStart, start];
    bodyStart = start;
  }

  // The end matter starts after the plan's first line of text, never before it.
  let trailer = lines.length;
  for (let i = nextContent(lines, bodyStart) + 1; i < lines.length; i++) {
    if (startsTrailer(lines[i]!)) {
      trailer = i;
      break;
    }
  }

  trailer = findSignOff(lines, nextContent(lines, bodyStart) + 1, trailer);

  return {
    header: [0, headerEnd],
    noticeTitle: addressee >= 0 ? noticeTitle : null,
    cover: [headerEnd, coverEnd],
    signedDate,
    planTitle,
    body: [bodyStart, trailer],
    trailer: [trailer, lines.length],
  };
}
