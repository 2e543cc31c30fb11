/**
 * Rules of the genre as regular expressions over normalized text (half-width, Simplified).
 * Kept together so the vocabulary of the genre is read in one place.
 */

/** A notice title: 关于印发《…》的通知, …关于…的通知/意见/决定, maybe followed by its (文号). */
export const NOTICE_TITLE = /(关于|印发|转发).*(通知|意见|决定|通报|方案)(\s*\([^()]{0,20}\d+\s*号\))?$/;

/**
 * An addressee list that ends in a unit (各…单位:, …管委会:, …社会事务局:), for covers printed
 * without their notice title; a preamble's "现提出如下意见:" does not.
 */
export const ADDRESSEE_UNITS = /(单位|部门|机构|政府|管委会?|办事处|委员会|局|委|办|厅|小组|企业|公司|院|所|街道|镇|乡|农场|社区)\s*:$/;

/** A line that ends like an addressee list (各…单位:). */
export const ADDRESSEE = /:$/;

/** Site chrome around the notice: breadcrumbs, buttons, counters. */
export const SITE_CHROME =
  /(当前位置|您的位置|首页\s*>|^>>|打印本页|关闭窗口|分享到|^收藏$| 收藏$|^朗读$|【\s*字体|^\[?\s*字体|浏览次数|^\d{1,6}$|扫一扫|返回顶部|【打印】|【关闭】)/;

/** The hosting site's footer: links, copyright, follow-us, keyword spam. */
export const FOOTER = /(https?:\/\/|www\.|版权|转载|微信|公众号|二维码|站点关键词|网站地图|联系我们|主办单位|ICP备|网站标识码|^\s*•)/;

/** An attachment named but not included. */
export const ATTACHMENT = /^附件\s*\d*\s*[::]?|\.(docx?|pdf|xlsx?|wps|zip|rar|ofd)(\s|$)|请点击下载|点击下载/;

/** Lines that close a printed document: 抄送, 印发 line, keywords. */
export const CLOSING = /^(抄送|抄报|主题词|关键词)\s*[::]|\d{4}年\d{1,2}月\d{1,2}日印发$|印发$/;

/** A document number such as 慈政发〔2020〕34号. */
export const DOCUMENT_NUMBER = /[\u4e00-\u9fff]{1,10}[〔\[(]\s*(19|20)\d{2}\s*[〕\])]\s*\d{1,4}\s*号/;

/** A date alone on a line: 2018年10月25日, 二○一○年三月十七日, 2018-10-25, or a damaged 201761. */
export const DATE_LINE =
  /^((19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇○零0O一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|(19|20)\d{2}-\d{1,2}-\d{1,2}|(19|20)\d{4,6})$/;

/** Words a plan's title ends with: a title line ending so is complete (健康X行动实施方案). */
export const TITLE_END = /(方案|计划|要点|意见|规划|纲要|通知|办法|细则|分工|任务|决定|措施|安排|清单|标准|规定|年\))$/;

/** A closing remark of the cover notice: (此件公开发布). */
export const COVER_REMARK = /^\((此件|本件)[^)]*\)$/;

/** Sentence-ending punctuation, after which a clause is complete. */
export const SENTENCE_END = /[。!?;…”’」』)\]]$/;

/** Any punctuation that marks running text rather than a heading. */
export const SENTENCE_PUNCT = /[。;!?:]/;

/** Parts that state goals, guidance or safeguards hold no actions. */
export const NON_TASK_PART =
  /^(总体目标|主要目标|行动目标|工作目标|发展目标|具体目标|指导思想|总体要求|基本原则|保障措施|工作要求|组织实施|组织保障|实施步骤|工作步骤|进度安排|附则|工作目标和要求|总体思路)/;

/** Collective units: every member of a group, every township… */
export const UNIT_GROUP = /^各|成员单位|有关部门|相关部门|有关单位|相关单位|其他.*部门|各级/;

/** Endings of organization names (department, office, committee…). */
export const UNIT_SUFFIX =
  /(局|委|办|部|会|院|队|台|中心|厅|所|站|联|处|团|关|政府|单位|部门|协|馆|社|司|署|室|组|公司|集团|银行|管委会|委员会|办公室|小组|分局|大队|支队)$/;

/** Jurisdiction prefixes a bare unit name starts with. */
export const UNIT_PREFIX = /^(省|市|区|县|镇|乡|街道|各|团)/;
