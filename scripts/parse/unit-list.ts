import type { Role } from '../../src/model/index.ts';
import { readRemark, REMARK_START, type PositionalScope } from './list-remark.ts';
import { cutRoleWord, isLeadWord, looksLikeUnit, readsAsName, splitNames, trailingRoleWord, unitTailStart } from './unit-names.ts';

export { looksLikeUnit } from './unit-names.ts';

/** A unit named in a list, with offsets into the text the list was found in. */
export interface ListedUnit {
  start: number;
  end: number;
  role: Role;
  /** Offsets of the printed role words that gave the role (empty for a bare name). */
  roleStart: number;
  roleEnd: number;
}

/** How the print damaged a list's brackets: never closed, opening lost, or printed without any. */
export type ListDamage = 'unclosed' | 'unopened' | 'bracketless' | null;

/** A unit list found in a line: (牵头单位:…;参与单位:…) or (X牵头,Y按职责分工负责). */
export interface FoundList {
  /** Offset of the list's first character ("(" when printed) and one past its last. */
  start: number;
  end: number;
  labeled: boolean;
  units: ListedUnit[];
  damage: ListDamage;
  /** The list's remark states that its first unit leads: for this list, or for it and the lists after it (下同). */
  positional: PositionalScope;
  /** The list as printed, when its text was re-set for reading (a task-table row); else sliced by start and end. */
  printed?: string;
}

/** Field labels of a list and the role they give; null for fields that name no unit (完成时限). */
const LABEL_ROLES: Array<[string, Role | null]> = [
  ...['牵头单位', '牵头部门', '牵头处室', '牵头科室', '牵头责任单位', '主责单位', '主责部门', '主办单位', '组长单位', '主要责任单位'].map(
    (l): [string, Role] => [l, 'lead'],
  ),
  ...[
    '责任单位', '责任部门', '责任主体', '责任处室', '责任科室', '参与单位', '参与部门', '配合单位', '配合部门', '配合处室', '协办单位',
    '协助单位', '协同单位', '协同部门', '协作单位', '实施单位', '成员单位', '副组长单位', '参加单位', '落实单位',
  ].map((l): [string, Role] => [l, 'participating']),
  ...['完成时限', '完成时间', '时间节点', '完成期限', '进度安排', '时间安排', '责任领导', '牵头领导', '分管领导', '责任人', '联系人', '备注'].map(
    (l): [string, null] => [l, null],
  ),
];
const ROLE_OF_LABEL = new Map(LABEL_ROLES);
// Longest first so 副组长单位 wins over 组长单位; letter-spaced labels (责 任 单 位 :) match too.
const LABEL_SOURCE = LABEL_ROLES.map(([l]) => l)
  .sort((a, b) => b.length - a.length)
  .map((l) => [...l].join(' *'))
  .join('|');
const LABEL = new RegExp(`(${LABEL_SOURCE}) *[::]`, 'g');
const STARTS_WITH_LABEL = new RegExp(`^\\s*(?:${LABEL_SOURCE}) *[::]`);
const SENTENCE_BEFORE = /[。;!?)”’]$/;
const SENTENCE_STOP = /[。;!?]/g;

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

/** Where a list's names end and its remark begins: the first 。 or remark piece (排第一位的为牵头单位). */
function namesEnd(text: string, from: number, to: number): number {
  const stop = text.indexOf('。', from);
  const end = stop >= 0 && stop < to ? stop : to;
  for (const [s, e] of splitNames(text, from, end)) if (REMARK_START.test(text.slice(s, e))) return s;
  return end;
}

interface Parsed {
  units: ListedUnit[];
  /** Some name carried a role word (牵头, 负责, 配合…). */
  sawRole: boolean;
}

/**
 * Bare names with role words: a role word covers every name since the last one (A、B牵头 makes both
 * lead); a lone name followed by 负责, or a lone name with no words, is the one responsible.
 */
function parseBare(text: string, from: number, to: number, cutAtEnd: boolean, tight: boolean): Parsed | null {
  const spans = splitNames(text, from, to);
  const units: ListedUnit[] = [];
  let pending: ListedUnit[] = [];
  let sawRole = false;
  for (const [k, [s, e]] of spans.entries()) {
    let word = trailingRoleWord(text.slice(s, e));
    let nameEnd = word ? e - word.length : e;
    if (!word && cutAtEnd && k === spans.length - 1) {
      const cut = cutRoleWord(text.slice(s, e));
      if (cut > 0) [nameEnd, word] = [e - cut, text.slice(e - cut, e)];
    }
    const name = text.slice(s, nameEnd);
    if (!(tight ? readsAsName(name) : looksLikeUnit(name))) return null;
    pending.push({ start: s, end: nameEnd, role: 'participating', roleStart: nameEnd, roleEnd: e });
    if (!word) continue;
    sawRole = true;
    const lead = isLeadWord(word) || word === '牵';
    const sole = !lead && pending.length === 1 && word === '负责' && units.length === 0;
    for (const p of pending) Object.assign(p, { role: lead || sole ? 'lead' : 'participating', roleStart: nameEnd, roleEnd: e });
    units.push(...pending);
    pending = [];
  }
  const sole = pending.length === 1 && units.length === 0 && !cutAtEnd;
  for (const p of pending) if (sole) p.role = 'lead';
  units.push(...pending);
  return units.length > 0 ? { units, sawRole } : null;
}

/** Labeled fields (牵头单位:…;配合单位:…;完成时限:…): each label's names until the next label. */
function parseLabeled(text: string, from: number, to: number): ListedUnit[] | null {
  const colon = text.indexOf(':', from);
  if (colon < 0 || colon >= to) return null;
  const labels = [...text.slice(from, to).matchAll(LABEL)];
  if (labels.length === 0) return null;
  // Bare names with role words before the first label (市卫健委牵头;责任单位:…) count too;
  // other words there (专项小组组长单位:…) are not names.
  const prefix = parseBare(text, from, from + labels[0]!.index, false, false);
  const units: ListedUnit[] = prefix?.sawRole ? prefix.units : [];
  labels.forEach((label, i) => {
    const role = ROLE_OF_LABEL.get(label[1]!.replace(/\s/g, '')) ?? null;
    if (role === null) return;
    const roleStart = from + label.index;
    const valueFrom = roleStart + label[0].length;
    const valueTo = i + 1 < labels.length ? from + labels[i + 1]!.index : to;
    for (const [s, e] of splitNames(text, valueFrom, valueTo)) {
      // A role word inside a field (责任单位:A牵头,B配合) overrides the label's role.
      const word = trailingRoleWord(text.slice(s, e));
      const nameEnd = word && e - word.length > s ? e - word.length : e;
      const unitRole: Role = word && nameEnd < e ? (isLeadWord(word) ? 'lead' : 'participating') : role;
      units.push({ start: s, end: nameEnd, role: unitRole, roleStart, roleEnd: roleStart + label[1]!.length });
    }
  });
  return units.length > 0 ? units : null;
}

/** How a list's inside is to be read, by the evidence its brackets give. */
interface Reading {
  /** The list may be cut by the page's end, its last role word too (…等有关部门参). */
  cut: boolean;
  /** Names without any role word are enough (after a sentence, in intact brackets). */
  bareOk: boolean;
  /** No bracket sets the names apart from running text: each must read as a name and nothing more. */
  tight: boolean;
}

/** Read the inside of a list, from its first character to its end (a closing bracket or the cut). */
function parseInside(text: string, from: number, to: number, how: Reading) {
  const end = namesEnd(text, from, to);
  const positional = readRemark(text.slice(end, to));
  const labeled = parseLabeled(text, from, end);
  if (labeled) return { labeled: true, units: labeled, positional };
  const bare = parseBare(text, from, end, how.cut, how.tight);
  // A bare list needs a sentence before it or a role word in it: (街道) and (含笼式足球场) are text.
  if (!bare || !(bare.sawRole || how.bareOk)) return null;
  return { labeled: false, units: bare.units, positional };
}

/** Whether a ")" ends the text or a run of it (the next item follows after a space). */
function endsRun(text: string, at: number): boolean {
  return at + 1 === text.length || /\s/.test(text[at + 1]!);
}

/** A list whose "(" was lost: unit names run into the sentence before the ")" (…舆论引领市委宣传部). */
function findUnopened(text: string, close: number, from: number): FoundList | null {
  const stops = [...text.slice(from, close).matchAll(SENTENCE_STOP)];
  const segment = from + (stops.length > 0 ? stops.at(-1)!.index + 1 : 0);
  const label = new RegExp(LABEL.source).exec(text.slice(segment, close));
  let start = segment;
  if (!label) {
    // Walk back from the ")" over whole names; the first piece that is not one may end in one.
    const spans = splitNames(text, segment, close);
    for (let k = spans.length - 1; k >= 0; k--) {
      const [s, e] = spans[k]!;
      const name = text.slice(s, e - (trailingRoleWord(text.slice(s, e))?.length ?? 0));
      if (readsAsName(name)) {
        start = s;
        continue;
      }
      const tail = unitTailStart(name);
      start = tail > 0 ? s + tail : e + 1;
      break;
    }
  } else start = segment + label.index;
  if (start >= close) return null;
  const inside = parseInside(text, start, close, { cut: false, bareOk: true, tight: true });
  if (!inside) return null;
  return { start, end: close + 1, ...inside, damage: 'unopened' };
}

/** A list printed with no brackets at the end of the text: …大赛。省卫生健康委牵头,省科技厅、省总工会、 */
function findBracketless(text: string, from: number): FoundList | null {
  // A list on a line of its own may end in a stop: 责任单位:县体育局、县教育局。
  let end = text.trimEnd().length;
  if (/[。;]/.test(text[end - 1] ?? '')) end--;
  const stops = [...text.slice(from, end).matchAll(SENTENCE_STOP)];
  let start = from + (stops.length > 0 ? stops.at(-1)!.index + 1 : 0);
  while (start < end && /\s/.test(text[start]!)) start++;
  const tail = text.slice(start, end);
  if (tail === '' || /[()]/.test(tail)) return null;
  const labeled = STARTS_WITH_LABEL.test(tail);
  // Without a label, a lead word must say it is a list: 市卫健委牵头 is one, 市卫健委负责 may be a sentence.
  if (!labeled && !tail.includes('牵头')) return null;
  const inside = parseInside(text, start, end, { cut: true, bareOk: false, tight: true });
  if (!inside) return null;
  return { start, end, ...inside, damage: 'bracketless' };
}

/**
 * Find the unit lists in normalized text. Labeled lists may stand anywhere; a bare list must
 * follow the end of a sentence (or begin the text) or carry a role word, and hold nothing but
 * unit names, so (街道), (含笼式足球场) and (浙卫发〔2017〕107号) are left as text. Lists whose
 * brackets the print damaged are read too: one never closed (cut by the page's end), one whose
 * "(" was lost, and a trailing list printed with no brackets.
 */
export function findUnitLists(text: string): FoundList[] {
  const found: FoundList[] = [];
  let depth = 0;
  let scanned = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ')') {
      if (depth > 0) depth--;
      else if (endsRun(text, i)) {
        const list = findUnopened(text, i, scanned);
        if (list) found.push(list);
        scanned = i + 1;
      }
      continue;
    }
    if (text[i] !== '(') continue;
    const close = closingBracket(text, i);
    const end = close >= 0 ? close : text.length;
    const before = text.slice(0, i).trimEnd();
    const afterSentence = before === '' || SENTENCE_BEFORE.test(before);
    const inside = parseInside(text, i + 1, end, { cut: close < 0, bareOk: afterSentence && close >= 0, tight: false });
    if (!inside) {
      depth++;
      continue;
    }
    found.push({ start: i, end: close >= 0 ? close + 1 : text.length, ...inside, damage: close >= 0 ? null : 'unclosed' });
    i = end;
    scanned = end + 1;
    depth = 0;
  }
  const last = found.at(-1);
  if (!last || last.end < text.trimEnd().length) {
    const tail = findBracketless(text, last?.end ?? 0);
    if (tail) found.push(tail);
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
  return open.some((at) => STARTS_WITH_LABEL.test(text.slice(at + 1)));
}
