/**
 * How a clause is cited: the plan title in book-title marks, then the clause's number path.
 * The copy script (public/scripts/cite.js) appends the page URL after one space when copying.
 * @example citeText('2018年健康鄞州建设工作要点', '一、(二)3.') // "《2018年健康鄞州建设工作要点》一、(二)3."
 */
export function citeText(planTitle: string, numberPath: string): string {
  return `《${planTitle}》${numberPath}`;
}

