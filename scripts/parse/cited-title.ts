import { normalizeForMatch } from './normalize.ts';

/** A cited title read for identity: the document's own name and the issuer printed before it. */
export interface CitedTitle {
  title: string;
  issuer: string | null;
}

/** Quotes and inner title marks are typography, not part of a document's identity. */
const TYPOGRAPHY = /[“”"‘’'「」『』<>〈〉《》\s]/g;
/** A cover notice that issues a document: [issuer]关于印发X的通知 (or 转发, 印发 without 关于). */
// The page may have cut 的通知 off the end (…关于印发浙江省…行动计划》).
const ISSUING_NOTICE = /^(.*?)(?:关于)?(?:印发|转发)(.+?)(?:的(?:通知|决定))?$/;
/** An issuer named before 关于: an organ of government or party. */
const ISSUER_BEFORE = /^(.{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|领导小组|政府|厅|局|委|会|院|部|署|中心))关于/;

/** Close a bracket the page cut: (2015—2020年 → (2015—2020年). */
function balance(title: string): string {
  const open = (title.match(/\(/g) ?? []).length;
  const close = (title.match(/\)/g) ?? []).length;
  return open > close ? title + ')'.repeat(open - close) : title;
}

/**
 * The identity of a printed title: Simplified, half-width, without quotes or inner marks,
 * a cut ) closed, and 关于印发X的通知 read as X with its issuer kept apart.
 * @example readCitedTitle('宁波市人民政府关于印发推进健康宁波行动实施方案的通知') // { title: '推进健康宁波行动实施方案', issuer: '宁波市人民政府' }
 */
export function readCitedTitle(printed: string): CitedTitle {
  const plain = balance(normalizeForMatch(printed).replace(TYPOGRAPHY, ''));
  const issuing = ISSUING_NOTICE.exec(plain);
  if (issuing && issuing[2]!.length >= 4) {
    const issuer = issuing[1]!.replace(/关于$/, '');
    return { title: issuing[2]!, issuer: issuer.length >= 2 ? issuer : null };
  }
  const issuer = ISSUER_BEFORE.exec(plain);
  return { title: plain, issuer: issuer ? issuer[1]! : null };
}
