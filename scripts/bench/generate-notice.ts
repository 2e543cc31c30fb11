import { Converter } from 'opencc-js/cn2t';
import { formatChineseNumeral } from '../parse/numbering.ts';
import { cutList, ITEM_LIST_STYLES, PLAIN_NAME, positionalList, taskTable, unopenedList, type ExpectedAction, type ListContext, type PrintedList } from './list-styles.ts';
import { benchPlaces, type BenchPlace } from './bench-places.ts';
import type { Random } from './random.ts';

const toTraditional = Converter({ from: 'cn', to: 'tw' });

/** Material taken from the seed notices: task sentences, group headings, unit names. */
export interface SeedMaterial {
  sentences: string[];
  headings: string[];
  units: string[];
}

/** A synthetic notice and what its parse should find. */
export interface GeneratedNotice {
  text: string;
  /** Each action's units as printed (Simplified; the text may be Traditional). */
  expected: ExpectedAction[];
  traditional: boolean;
}

/** 文号 brackets as pages print them. */
const NUMBER_BRACKETS = [['〔', '〕'], ['﹝', '﹞'], ['[', ']']] as const;

/**
 * The preamble's basis documents: national and provincial ones every plan cites (so their pages
 * split by place at scale), in a run, some with a 文号, and the place's plan of the year before.
 */
function basisSentence({ name: place, province: full }: BenchPlace, year: number, index: number): string {
  // Chosen by the index, not the random stream, so every other choice of a notice stays as it was.
  const [open, close] = NUMBER_BRACKETS[index % NUMBER_BRACKETS.length]!;
  const national = `《“健康中国2030”规划纲要》《国务院关于实施健康中国行动的意见》(国发${open}2019${close}13号)`;
  // The place's own province: 健康浙江 for a place of 浙江省, its 文号 under the province's first character.
  const short = full.replace(/(壮族|回族|维吾尔)?(自治区|省|市)$/, '');
  const province = index % 2 ? `和《${full}人民政府关于推进健康${short}行动的实施意见》(${short[0]}政发${open}2019${close}29号)` : `和《健康${short}2030行动纲要》`;
  const previous = year > 2016 && index % 10 < 7 ? `,巩固《${year - 1}年健康${place}建设工作要点》成果` : '';
  return `为贯彻落实${national}${province}${previous},结合实际,制定本要点。`;
}

/** How many plans of one place the corpus holds in a row, a year apart. */
const PLANS_PER_PLACE = 4;

const STYLES = ['group-lists', 'item-lists', 'bare-lists', 'positional', 'task-table'] as const;

/** The portal's page around a notice: breadcrumb, metadata, the font-size bar. */
function portalHeader(index: number, year: number, { name: place, suffix, parent }: BenchPlace, rng: Random): string[] {
  return [
    ...(rng.chance(0.5) ? ['当前位置:首页 > 政务公开 > 通知公告'] : []),
    `索引号 ${String(100000 + index)}/${year}-${String(index).padStart(5, '0')}`,
    // The prefecture before the place, as portals print the issuer: it tells 江北区 of 宁波 from 江北区 of 重庆.
    ` 组配分类 卫生  发布机构 ${parent}${place}${suffix}卫生健康局`,
    ` 生成日期 ${year}-03-${String(1 + (index % 28)).padStart(2, '0')}  公开方式 主动公开`,
    ...(rng.chance(0.5) ? ['【字体:大 中 小】'] : []),
  ];
}

/**
 * Recombine seed material into a realistic notice: a portal header, a cover notice, parts,
 * groups and items in one of the genre's numbering styles, unit lists labeled after each
 * group, labeled per item (fields, letter-spaced labels, a deadline), bare with 牵头 and a
 * group of governments, by a stated positional rule, bare after sentences, or a task table
 * (piped or flattened rows); sometimes Traditional script, sometimes damaged (a list that lost
 * its "(" or is cut off at the end, two names without their 、).
 */
export function generateNotice(index: number, rng: Random, material: SeedMaterial): GeneratedNotice {
  const places = benchPlaces();
  // PLANS_PER_PLACE notices in a row are one place's plans of successive years, so the place pages,
  // comparisons and predecessor links are exercised at any size; past every place, each comes
  // back with later years.
  const group = Math.floor(index / PLANS_PER_PLACE);
  const where = places[group % places.length]!;
  const { name: place, suffix } = where;
  const year = 2016 + ((index % PLANS_PER_PLACE) + PLANS_PER_PLACE * Math.floor(group / places.length)) % 8;
  const style = rng.pick(STYLES);
  const itemStyle = rng.pick(Object.keys(ITEM_LIST_STYLES) as Array<keyof typeof ITEM_LIST_STYLES>);
  const itemStop = rng.pick(['.', '、']);
  // 市场监管局 keeps its 市 (市场), and takes the place's prefix before it.
  const unit = () => suffix + rng.pick(material.units).replace(/^[区县市](?!场)/, '');
  const draw = (n: number) => {
    const names = new Set<string>();
    while (names.size < n) names.add(unit());
    return [...names];
  };
  const ctx: ListContext = { draw, rng, year, levelGroup: suffix === '县' ? '各乡镇' : '各镇(街道)' };
  const title = `${year}年健康${place}建设工作要点`;
  const lines: string[] = [
    ...portalHeader(index, year, where, rng),
    `关于印发《${title}》的通知`,
    '',
    `各健康${place}建设领导小组成员单位:`,
    `  《${title}》已经健康${place}建设领导小组审议通过,现印发给你们,请贯彻执行。`,
    `  健康${place}建设领导小组办公室`,
    `  ${year}年3月${1 + (index % 28)}日`,
    '',
    title,
    `  ${basisSentence(where, year, index)}${rng.pick(material.sentences)}`,
  ];
  const expected: ExpectedAction[] = [];
  let cut = false;
  /** An item's text: its sentence and its unit list, in the notice's style or damaged. */
  const itemText = (sentence: string, cutHere: boolean): PrintedList => {
    const after = (list: PrintedList) => ({ text: sentence + list.text, expected: list.expected });
    if (cutHere) return after(cutList(ctx));
    if (style === 'positional') return after(positionalList(ctx, expected.length === 0));
    const single = draw(1)[0]!;
    if (PLAIN_NAME.test(single) && rng.chance(0.05)) return unopenedList(sentence, single);
    return after(ITEM_LIST_STYLES[itemStyle](ctx));
  };
  const parts = rng.int(3, 8);
  for (let p = 1; p <= parts && !cut; p++) {
    lines.push('', `  ${formatChineseNumeral(p)}、${rng.pick(material.headings)}`);
    if (style === 'task-table') {
      const n = rng.int(2, 6);
      const table = taskTable(ctx, Array.from({ length: n }, () => rng.pick(material.headings)), Array.from({ length: n }, () => rng.pick(material.sentences)), rng.chance(0.5));
      lines.push(...table.lines);
      expected.push(...table.expected);
      continue;
    }
    const groups = rng.int(2, 5);
    for (let g = 1; g <= groups && !cut; g++) {
      lines.push(`  (${formatChineseNumeral(g)})${rng.pick(material.headings)}`);
      const items = rng.int(1, 5);
      if (style === 'bare-lists') {
        const lists = Array.from({ length: items }, () => draw(rng.int(1, 3)).map((u) => [u, rng.chance(0.5) ? '按职责分工负责' : ''] as const));
        lines[lines.length - 1] += lists.map((l) => `${rng.pick(material.sentences)}(${l.map(([u]) => u).join('、')}${l[0]![1]})`).join('');
        // A list of one name with no role word is that unit leading; any other list shares the work.
        const alone = (l: (typeof lists)[number]) => l.length === 1 && l[0]![1] === '';
        const action: ExpectedAction = { lead: [], participating: [] };
        for (const l of lists) (alone(l) ? action.lead : action.participating).push(...l.map(([u]) => u));
        expected.push(action);
        continue;
      }
      for (let i = 1; i <= items && !cut; i++) {
        const sentence = rng.pick(material.sentences);
        if (style === 'group-lists') {
          lines.push(`  ${i}${itemStop}${sentence}`);
          continue;
        }
        // A page cut off inside the last list of the notice.
        cut = p === parts && g === groups && i === items && style === 'item-lists' && rng.chance(0.15);
        const item = itemText(sentence, cut);
        lines.push(`  ${i}${itemStop}${item.text}`);
        expected.push(item.expected);
      }
      if (style === 'group-lists') {
        const list = ITEM_LIST_STYLES.labeled(ctx);
        lines.push(`  ${list.text}`);
        expected.push(list.expected);
      }
    }
  }
  if (!cut && rng.chance(0.3)) lines.push('', '分享到:', '【打印本页】 【关闭窗口】', `浏览次数:${rng.int(10, 9999)}`);
  const text = lines.join('\n') + (cut ? '' : '\n');
  const traditional = rng.chance(0.2);
  return { text: traditional ? toTraditional(text) : text, expected, traditional };
}
