/**
 * The name a place is printed or typed by without its level: 桓仁 for 桓仁满族自治县, 鄞州 for 鄞州区.
 * Its own module, free of the gazetteer's data, so the search page's client can read typed places
 * the way the parser reads printed ones. Pure.
 */

/** Endings of division names, longest first, cut to get the name a notice may print bare. */
const DIVISION_SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|街道|地区|示范区|新区|省|市|区|县|州|旗|盟|镇|乡)$/;
/** The peoples an autonomous division is named after, printed before 自治…: notices drop them (桓仁县, 宁夏). */
const PEOPLES =
  /(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|撒拉|仡佬|锡伯|普米|塔吉克|怒|鄂温克|保安|裕固|京|独龙|鄂伦春|毛南|各)族?)+$/;

/**
 * A name without its level ending, and an autonomous division's without its peoples; kept whole
 * when that would leave one character (沛县 stays 沛县), and with its peoples when cutting them
 * would (内蒙古自治区 is 内蒙古, not 内 of the 蒙古 people).
 * @example bareName('桓仁满族自治县') // '桓仁'
 * @example bareName('内蒙古自治区') // '内蒙古'
 */
export function bareName(name: string): string {
  let bare = name.replace(DIVISION_SUFFIX, '');
  if (/自治.$/.test(name)) {
    const unpeopled = bare.replace(PEOPLES, '');
    if (unpeopled.length >= 2) bare = unpeopled;
  }
  return bare.length >= 2 ? bare : name;
}
