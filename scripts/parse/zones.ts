import { furnitureReason } from './furniture.ts';
import { isMetadataLine } from './metadata.ts';
import { readMarker } from './numbering.ts';
import { TITLE_TAIL } from './plan-title.ts';
import {
  ADDRESSEE, ADDRESSEE_UNITS, ATTACHMENT, CLOSING, COVER_REMARK, DATE_LINE, FOOTER, NOTICE_TITLE, SENTENCE_PUNCT, SITE_CHROME, TITLE_END,
} from './patterns.ts';
import type { SourceLine } from './source-line.ts';

/** Index ranges (into the line array, end exclusive) of the parts of a scraped notice. */
export interface Zones {
  /** Portal header: metadata, breadcrumbs, chrome; ends before the cover. */
  header: [number, number];
  /** The notice title line (关于印发《…》的通知), when there is a cover notice. */
  noticeTitle: number | null;
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
  // Table bars a page left after the title (…的实施意见 | |) are not part of it.
  const t = text(line).replace(/(\s*\|)+\s*$/, '');
  return t.length >= 8 && t.length <= 120 && NOTICE_TITLE.test(t) && !isMetadataLine(line);
}

/** The addressee line; without a notice title above it, only one that names units (各…, …管委会:). */
function isAddressee(line: SourceLine, needUnits: boolean): boolean {
  const t = text(line);
  const shaped = t.length >= 3 && t.length <= 100 && ADDRESSEE.test(t) && !isMetadataLine(line) && !t.includes('《');
  return shaped && (!needUnits || (ADDRESSEE_UNITS.test(t) && !t.includes('。')));
}

/** A line above a plan that is not furniture: either part of a title or the text itself. */
function isPageFurniture(line: SourceLine): boolean {
  return isMetadataLine(line) || furnitureReason(line.norm, 'header') !== null;
}

/** "附件1:" alone: the label of the enclosed plan that follows the cover. */
export function isAttachmentLabel(line: SourceLine): boolean {
  return /^附件\s*\d*\s*:?$/.test(text(line));
}

/** Where the cover notice ends: after its date line and any (此件公开发布) remark. */
function findCoverEnd(lines: readonly SourceLine[], from: number): { end: number; date: number | null } {
  const limit = Math.min(lines.length, from + 40);
  for (let i = from; i < limit; i++) {
    if (lines[i]!.blank || !DATE_LINE.test(text(lines[i]!).replace(/\s+/g, ''))) continue;
    let end = i + 1;
    for (let j = nextContent(lines, end); j < lines.length && COVER_REMARK.test(text(lines[j]!)); ) {
      end = j + 1;
      j = nextContent(lines, end);
    }
    return { end, date: i };
  }
  return { end: from, date: null };
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
/** A title's second line that only adds its years: (2009—2011年). */
const yearsLine = (line: SourceLine) => /^\(\s*(19|20)\d{2}/.test(text(line));

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
 * Split a notice into header, cover, plan title, body and trailer by the genre's landmarks:
 * the notice title, the addressee line ending in a colon, the signature date, end matter.
 */
export function splitZones(lines: readonly SourceLine[]): Zones {
  let addressee = -1;
  let noticeTitle: number | null = null;
  for (let i = 0; i < lines.length && i < 80; i++) {
    if (lines[i]!.blank) continue;
    if (isNoticeTitle(lines[i]!)) noticeTitle = i;
    else if (isAddressee(lines[i]!, noticeTitle === null)) {
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
