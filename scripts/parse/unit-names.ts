import { UNIT_PREFIX, UNIT_SUFFIX } from './patterns.ts';

/** Brackets a unit name may hold: 区文广新局(旅游局、体育局), 各市、县〔区〕. */
const OPENERS = '(〔[【';
const CLOSERS = ')〕]】';
const SEPARATOR = /[、,;]/;

/** The administrative levels a collective name lists after 各: 各市、县〔区〕, 各乡镇、街道. */
const LEVEL = '(?:省|市|州|盟|县|区|旗|乡|镇|街道|乡镇|县区|县市区|市县|开发区|园区)';
const LEVEL_BRACKET = `(?:[(〔][${'省市州盟县区旗乡镇街道、'}]+[)〕])?`;
const LEVEL_GOVERNMENT = '(?:人民政府|政府|党委政府|党委和政府|党委、政府)?';
/** One group of governments named by level: 各县(市、区), 各市、县〔区〕, 各乡镇(街道)人民政府. */
const LEVEL_GROUP = new RegExp(`^各${LEVEL}${LEVEL_BRACKET}(?:、${LEVEL}${LEVEL_BRACKET})*${LEVEL_GOVERNMENT}$`);
/** A piece that only continues such a group after a 、: 县〔区〕 in 各市、县〔区〕. */
const LEVEL_PIECE = new RegExp(`^${LEVEL}${LEVEL_BRACKET}${LEVEL_GOVERNMENT}`);

/**
 * Whether a name reads as a responsible unit: it ends like an organization, or starts with the
 * jurisdiction (市发改) and holds only name characters, or names governments by level (各市、县〔区〕).
 * @example looksLikeUnit('区文广新局(旅游局、体育局)') // true
 * @example looksLikeUnit('含笼式足球场') // false
 */
export function looksLikeUnit(name: string): boolean {
  if (LEVEL_GROUP.test(name)) return true;
  if (name.length < 2 || name.length > 40) return false;
  if (/[。:\d%]/.test(name)) return false;
  const outer = name.replace(/[(〔][^()〔〕]*[)〕]$/, '');
  if (UNIT_SUFFIX.test(outer)) return true;
  return UNIT_PREFIX.test(outer) && outer.length >= 3 && /^[\u4e00-\u9fff“”"]+$/.test(outer);
}

/** Trim spaces off a [start, end) span of text. */
function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * Split a list on 、,; outside brackets into trimmed [start, end) spans. A group named by
 * level (各市、县〔区〕落实) stays one name although a 、 runs through it.
 * @example splitNames('市卫健委、各市、县〔区〕落实', 0, 16) // [[0, 4], [5, 16]]
 */
export function splitNames(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    const [s, e] = trimSpan(text, start, end);
    if (e > s) spans.push([s, e]);
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATOR.test(ch)) {
      push(i);
      start = i + 1;
    }
  }
  push(to);
  const spaced = spans.some(([s, e]) => text.slice(s, e).includes(' '));
  return joinLevelGroups(text, spaced ? spans.flatMap(([s, e]) => splitOnSpaces(text, s, e)) : spans);
}

/** Names set apart by spaces alone (市卫健委 市教育局) split when every piece reads as a name. */
function splitOnSpaces(text: string, s: number, e: number): Array<[number, number]> {
  const pieces = [...text.slice(s, e).matchAll(/\S+/g)].map((m): [number, number] => [s + m.index, s + m.index + m[0].length]);
  const nameOnly = (piece: string) => piece.slice(0, piece.length - (trailingRoleWord(piece)?.length ?? 0));
  if (pieces.length < 2 || !pieces.every(([a, b]) => readsAsName(nameOnly(text.slice(a, b))))) return [[s, e]];
  return pieces;
}

/** Join 各市 + 县〔区〕落实 back into the one group they name. */
function joinLevelGroups(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const prev = out.at(-1);
    const joins = prev && text[prev[0]] === '各' && text[prev[1]] === '、';
    if (joins && LEVEL_PIECE.test(text.slice(span[0], span[1])) && LEVEL_GROUP.test(text.slice(prev[0], prev[1]))) {
      prev![1] = span[1];
      continue;
    }
    out.push([span[0], span[1]]);
  }
  return out;
}

/** Role words printed after bare names, longest first; the lead words are listed in LEAD_WORDS. */
const ROLE_WORDS = [
  '按职责分工负责', '按职责分工落实', '按职能分工负责', '按职责分别负责', '按职责分工', '按职责负责', '牵头负责', '牵头落实',
  '分别负责', '共同负责', '具体负责', '负责落实', '配合落实', '组织实施', '牵头', '负责', '配合', '参与', '参加', '协助', '协办', '落实',
];
const LEAD_WORDS = new Set(['牵头', '牵头负责', '牵头落实']);
const ROLE_AT_END = new RegExp(`(${ROLE_WORDS.join('|')})$`);

/** The role word a bare name ends with (市卫健委牵头 → 牵头), if any. */
export function trailingRoleWord(name: string): string | null {
  return ROLE_AT_END.exec(name)?.[1] ?? null;
}

/** Whether a role word makes its names lead. */
export function isLeadWord(word: string): boolean {
  return LEAD_WORDS.has(word);
}

/**
 * The length of a role word cut short by the page's end (…等有关部门参), when stripping it
 * leaves a unit name and the whole does not read as one.
 * @example cutRoleWord('市体育局等有关部门参') // 1
 */
export function cutRoleWord(name: string): number {
  if (UNIT_SUFFIX.test(name)) return 0;
  for (let n = Math.min(6, name.length - 2); n >= 1; n--) {
    const tail = name.slice(-n);
    const rest = name.slice(0, -n);
    if (ROLE_WORDS.some((w) => w.length > n && w.startsWith(tail)) && UNIT_SUFFIX.test(rest) && looksLikeUnit(rest)) return n;
  }
  return 0;
}

/** Jurisdiction prefixes a unit name starts with when it follows running text (…舆论引领市委宣传部). */
const TAIL_PREFIX = /自治区|省|市|区|县|州|旗|盟/g;
/** Characters before 区/市/县… that make them the end of a word (社区, 城市, 全县), not a unit's start. */
const WORD_BEFORE_PREFIX: Record<string, RegExp> = {
  区: /[社地郊新园景街校辖片湾城山林矿灾库牧老市县]/,
  市: /[城都超全本该各门股夜上县区]/,
  县: /[全本该各郡州区市]/,
  省: /[全本该各外]/,
};
const ENDS_WORD = /[全本该各]/;

/**
 * The unit name that ends a run of text whose opening bracket was lost: the shortest tail
 * that starts with a jurisdiction and reads as a unit. Returns its offset in `text`, or -1.
 * @example unitTailStart('加强健康生活的舆论引领市委宣传部') // 11
 */
export function unitTailStart(text: string): number {
  let best = -1;
  for (const m of text.matchAll(TAIL_PREFIX)) {
    const at = m.index;
    if (at > 0 && (WORD_BEFORE_PREFIX[m[0]] ?? ENDS_WORD).test(text[at - 1]!)) continue;
    // 市场监管局 after a jurisdiction is that jurisdiction's (市市场监管局, 县市场监管局).
    if (at > 0 && text.startsWith('市场', at) && /[省市区县]/.test(text[at - 1]!)) continue;
    const tail = text.slice(at);
    if (tail.length >= 3 && tail.length <= 20 && /^[\u4e00-\u9fff]+$/.test(tail) && UNIT_SUFFIX.test(tail)) best = at;
  }
  return best;
}

/**
 * Whether a piece of text, with no bracket around it, reads as a unit name and nothing more:
 * it starts with its jurisdiction (省科技厅), or is a short organization name (网信办, 各有关部门),
 * or names governments by level. Running text that ends in a name (建立由市卫健委) does not.
 * @example readsAsName('省卫生健康委') // true
 * @example readsAsName('建立由市卫健委') // false
 */
export function readsAsName(name: string): boolean {
  if (LEVEL_GROUP.test(name)) return true;
  if (!/^[\u4e00-\u9fff]+$/.test(name)) return false;
  return unitTailStart(name) === 0 || (name.length <= 6 && UNIT_SUFFIX.test(name));
}
