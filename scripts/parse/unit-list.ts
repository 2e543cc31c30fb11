import type { Role } from '../../src/model/index.ts';
import { UNIT_PREFIX, UNIT_SUFFIX } from './patterns.ts';

/** A unit named in a list, with offsets into the text the list was found in. */
export interface ListedUnit {
  start: number;
  end: number;
  role: Role;
  /** Offsets of the printed role words that gave the role (empty for a bare name). */
  roleStart: number;
  roleEnd: number;
}

/** A bracketed unit list found in a line: (牵头单位:…;参与单位:…) or (X牵头,Y按职责分工负责). */
export interface FoundList {
  /** Offset of "(" and one past ")" in the searched text. */
  start: number;
  end: number;
  labeled: boolean;
  units: ListedUnit[];
}

const LABEL = /(牵头单位|牵头部门|主责单位|主办单位|责任单位|责任部门|参与单位|参与部门|配合单位|配合部门|协办单位|协助单位|协同单位|实施单位) *[::]/g;
const SEPARATOR = /[、,;]/;
const BARE_ROLE = /(按职责分工负责|按职责分工|牵头|负责|配合|参与|协助)$/;

function roleOfLabel(label: string): Role {
  return label.startsWith('牵头') || label.startsWith('主责') || label.startsWith('主办') ? 'lead' : 'participating';
}

/** Index of the bracket closing the one at `open`, honouring nesting; -1 when unclosed. */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Split a list on 、,; outside brackets, returning trimmed [start, end) spans. */
function splitNames(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push([s, e]);
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATOR.test(ch)) {
      push(i);
      start = i + 1;
    }
  }
  push(to);
  return spans;
}

/**
 * Whether a name reads as a responsible unit: it ends like an organization, or starts with the
 * jurisdiction (市发改) and holds only name characters.
 * @example looksLikeUnit('区文广新局(旅游局、体育局)') // true
 * @example looksLikeUnit('含笼式足球场') // false
 */
export function looksLikeUnit(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false;
  if (/[。:\d%]/.test(name)) return false;
  const outer = name.replace(/\([^()]*\)$/, '');
  if (UNIT_SUFFIX.test(outer)) return true;
  return UNIT_PREFIX.test(outer) && outer.length >= 3 && /^[\u4e00-\u9fff“”"]+$/.test(outer);
}

function parseLabeled(text: string, open: number, close: number): ListedUnit[] | null {
  const inner = text.slice(open + 1, close);
  const labels = [...inner.matchAll(LABEL)];
  if (labels.length === 0) return null;
  const units: ListedUnit[] = [];
  labels.forEach((label, i) => {
    const from = open + 1 + label.index + label[0].length;
    const to = i + 1 < labels.length ? open + 1 + labels[i + 1]!.index : close;
    const role = roleOfLabel(label[1]!);
    const roleStart = open + 1 + label.index;
    for (const [s, e] of splitNames(text, from, to)) {
      units.push({ start: s, end: e, role, roleStart, roleEnd: roleStart + label[1]!.length });
    }
  });
  return units;
}

function parseBare(text: string, open: number, close: number): ListedUnit[] | null {
  const units: ListedUnit[] = [];
  let pending: ListedUnit[] = [];
  for (const [s, e] of splitNames(text, open + 1, close)) {
    const word = BARE_ROLE.exec(text.slice(s, e));
    const nameEnd = word ? e - word[1]!.length : e;
    const unit: ListedUnit = { start: s, end: nameEnd, role: 'participating', roleStart: nameEnd, roleEnd: e };
    if (!looksLikeUnit(text.slice(s, nameEnd))) return null;
    if (word?.[1] === '牵头') {
      unit.role = 'lead';
      units.push(unit);
      continue;
    }
    pending.push(unit);
    if (word) {
      // 按职责分工负责 / 负责 covers every name since the last role word; a lone 负责 leads.
      const sole = pending.length === 1 && word[1] === '负责' && units.length === 0;
      for (const p of pending) {
        p.role = sole ? 'lead' : 'participating';
        p.roleStart = nameEnd;
        p.roleEnd = e;
      }
      units.push(...pending);
      pending = [];
    }
  }
  // A list of names with no role words: one unit alone is the one responsible.
  const sole = pending.length === 1 && units.length === 0;
  for (const p of pending) p.role = sole ? 'lead' : 'participating';
  units.push(...pending);
  return units.length > 0 ? units : null;
}

/**
 * Find the unit lists in normalized text. Labeled lists may stand anywhere; a bare list
 * must follow the end of a sentence (or begin the text) and hold nothing but unit names,
 * so (街道), (含笼式足球场) and (浙卫发〔2017〕107号) are left as text.
 */
export function findUnitLists(text: string): FoundList[] {
  const found: FoundList[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '(') continue;
    const close = closingBracket(text, i);
    if (close < 0) continue;
    const labeled = parseLabeled(text, i, close);
    if (labeled) {
      found.push({ start: i, end: close + 1, labeled: true, units: labeled });
      i = close;
      continue;
    }
    const before = text.slice(0, i).trimEnd();
    const afterSentence = before === '' || /[。;!?)]$/.test(before);
    const bare = afterSentence ? parseBare(text, i, close) : null;
    if (bare) {
      found.push({ start: i, end: close + 1, labeled: false, units: bare });
      i = close;
    }
  }
  return found;
}

/** True when a role list opens on this text but its bracket does not close (it runs onto the next line). */
export function opensUnclosedList(text: string): boolean {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')') open.pop();
  }
  const startsWithLabel = new RegExp(`^\\s*(?:${LABEL.source})`);
  return open.some((at) => startsWithLabel.test(text.slice(at + 1)));
}
