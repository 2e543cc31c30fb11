/**
 * Remarks printed inside a unit list after its names: a stated rule for who leads
 * (排第一位的为牵头单位), 下同, a cross-reference (部门职责分工详见《…》). They are not units.
 */

/** A stated rule that the first unit of a list leads: 排第一位的为牵头单位, 排名第一的为牵头单位, 第一个单位为牵头单位. */
export const POSITIONAL_LEAD =
  /(?:排|列|位)(?:在|于|名|序|位)?(?:第一|首)(?:位|个|名|家)?的?(?:责任)?(?:单位|部门)?(?:为|是)(?:牵头|主责|主要责任)|第一(?:个|家|位)?(?:责任)?(?:单位|部门)?(?:为|是)(?:牵头|主责)|首位(?:单位|部门)?(?:为|是)(?:牵头|主责)/;

/** A remark stating the rule holds for the lists after this one too. */
const ONWARD = /下同|以下同|后同|以下各项同|下文同/;

/** Where a remark begins among a list's names: its first piece that is a remark, not a name. */
export const REMARK_START = new RegExp(`^(?:${POSITIONAL_LEAD.source}|其他为|其余为|其他单位为|其余单位为|${ONWARD.source}|.*详见|具体分工见|注)`);

/** How far a positional-lead rule stated in a remark reaches. */
export type PositionalScope = 'list' | 'onward' | null;

/**
 * Read a list's remark: whether it states the first unit leads, for this list only or for the
 * lists after it too (下同).
 * @example readRemark('排第一位的为牵头单位,其他为协助配合单位,下同') // 'onward'
 */
export function readRemark(remark: string): PositionalScope {
  if (!POSITIONAL_LEAD.test(remark)) return null;
  return ONWARD.test(remark) ? 'onward' : 'list';
}
