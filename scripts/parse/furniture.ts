import type { DropReason } from '../../src/model/index.ts';

/**
 * Page furniture: whole lines a scraped page adds around a notice, each with the reason it is
 * dropped. Rules over the normalized, trimmed line (half-width, Simplified).
 */

// Words of hijacked mirrors' keyword spam (porn, gambling): two of them on one line are never a notice's text.
export const SPAM_WORD = /AV|黄色|色情|性爱|黄片|成人|无码|福利视频|日韩|欧美|国产精品|投注|博彩|彩票|娱乐城|棋牌|百家乐|老虎机|体育官网|体育平台|澳门|葡京/g;

// Buttons and toolbars: what is left once they are removed is only brackets, colons, counters.
const BUTTON =
  /打印本页|关闭窗口|放大字体|缩小字体|扫描二维码|分享好友和朋友圈|分享到|扫一扫|返回顶部|我要纠错|加入收藏|字体大小|朗读|收藏|打印|关闭|字号|字体|分享|默认|无障碍|关怀版|长者模式|繁体|简体|[大中小]/g;

const BREADCRUMB = /^(当前位置|您的位置|您现在的位置|您当前的位置|所在位置)|首页\s*(>|»)|^>>|([^>»。]+[>»]\s*){2,}/;
const SLOGAN = /欢迎(您|访问|光临)|专栏$|门户网站|网站$|tab按钮|切换浏览|^(新闻资讯|文章导读|政府信息公开(指南|制度|目录|年报)?|信息公开|政策文件|政策解读|通知公告|正文)$/;
const SHARE_BANNER = /由会员分享|可在线阅读|请在.{1,12}上搜索|页珍藏版|文档分享|免费下载|下载文档|下载积分|免费预览|版权申诉|原创力文档|人人文库|道客巴巴|豆丁网|在手机(上)?打开|手机扫码/;
const ENGLISH_HEADER = /^[A-Za-z][A-Za-z\s&.,'’-]+$/;
const FILE_NAME = /\.(docx?|pdf|wps|png|jpe?g|gif)$/i;
// A page's dateline: a date (and time) followed by a source, a place, a counter — but not a signature date alone.
const DATELINE = /^(19|20)\d{2}([-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(\s+\d{1,2}:\d{2}(:\d{2})?)?\s+\S.{0,30}$/;
const PAGE_FOOTER = /^[—-]\s*\d{1,3}\s*[—-]$|^第\s*\d+\s*页(\s*[,,]?\s*共\s*\d+\s*页)?$/;
const ELISION = /部分已省略\s*\d*\s*字|以下内容已省略|全文已省略/;
// A bare page id or counter: 2022111306, 160.
const BARE_NUMBER = /^\d{1,12}$/;

/**
 * Why a whole line is page furniture, or null when it may be part of the notice. Above the
 * notice (`header`) short labels, datelines and bare numbers count too; in the text only
 * what can never be a notice's words.
 * @example furnitureReason('当前位置:首页 > 政务公开', 'body') // 'site-chrome'
 */
export function furnitureReason(norm: string, where: 'header' | 'body'): DropReason | null {
  const t = norm.trim();
  if (t === '') return null;
  const spam = (t.match(SPAM_WORD) ?? []).length;
  if (spam >= 2 || (spam === 1 && isKeywordList(t))) return 'spam';
  if (PAGE_FOOTER.test(t) || (ELISION.test(t) && t.length <= 40)) return 'page-marker';
  if (SHARE_BANNER.test(t)) return 'site-chrome';
  if (t.includes('。')) return null;
  if (/^(当前位置|您的位置|您现在的位置|您当前的位置)|首页\s*(>|»)/.test(t) || /欢迎(您|访问|光临)/.test(t)) return 'site-chrome';
  const rest = t.replace(BUTTON, '');
  if (rest !== t && t.length <= 40 && rest.replace(/[\s:\[\]【】()|/\d]/g, '') === '') return 'site-chrome';
  if (where === 'body') return null;
  if (BREADCRUMB.test(t) || SLOGAN.test(t) || DATELINE.test(t) || BARE_NUMBER.test(t)) return 'site-chrome';
  if (ENGLISH_HEADER.test(t) && t.length >= 8) return 'site-chrome';
  if (FILE_NAME.test(t) && t.length <= 80) return 'site-chrome';
  return null;
}

/** A bar-separated list of four or more short phrases with no sentence in it: a keyword line. */
function isKeywordList(t: string): boolean {
  const cells = t.split('|').map((c) => c.trim()).filter(Boolean);
  return cells.length >= 4 && cells.every((c) => c.length <= 20 && !/[。,;:]/.test(c));
}

/**
 * A line of a table of contents: a heading, a dot leader and a page number.
 * @example isContentsLine('一、总体要求………………3') // true
 */
export function isContentsLine(norm: string): boolean {
  return /^.{2,40}?(\.{4,}|…{2,}|·{4,}|-{6,})\s*\d{1,3}$/.test(norm.trim());
}
