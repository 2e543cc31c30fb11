import { Converter } from 'opencc-js/cn2t';
import { formatChineseNumeral } from '../parse/numbering.ts';
import type { Random } from './random.ts';

const toTraditional = Converter({ from: 'cn', to: 'tw' });

/** Material taken from the seed notices: task sentences, group headings, unit names. */
export interface SeedMaterial {
  sentences: string[];
  headings: string[];
  units: string[];
}

/** Places (name, suffix) for synthetic notices; the suffix decides the unit prefix. */
const PLACES: Array<[string, '区' | '县' | '市']> = [
  ['鄞州', '区'], ['海曙', '区'], ['江北', '区'], ['北仑', '区'], ['镇海', '区'], ['奉化', '区'], ['余姚', '市'], ['慈溪', '市'],
  ['象山', '县'], ['宁海', '县'], ['桐庐', '县'], ['淳安', '县'], ['建德', '市'], ['临安', '区'], ['富阳', '区'], ['萧山', '区'],
  ['嘉善', '县'], ['海盐', '县'], ['平湖', '市'], ['桐乡', '市'], ['德清', '县'], ['长兴', '县'], ['安吉', '县'], ['诸暨', '市'],
  ['嵊州', '市'], ['新昌', '县'], ['兰溪', '市'], ['义乌', '市'], ['东阳', '市'], ['永康', '市'], ['武义', '县'], ['浦江', '县'],
];

/** An action a synthetic notice was built with: its number, heading or sentence, and units as printed (Simplified). */
export interface GeneratedAction {
  number: string;
  /** The group's heading, or the item's sentence the parser takes its title from. */
  text: string;
  lead: string[];
  participating: string[];
}

/** A synthetic notice and the actions its parse should find. */
export interface GeneratedNotice {
  text: string;
  actions: GeneratedAction[];
}

/**
 * Recombine seed material into a realistic notice: a portal header, a cover notice, parts,
 * groups and items in one of the genre's numbering styles, unit lists labeled after each
 * group, labeled per item, or bare after sentences; sometimes Traditional script, sometimes
 * damaged (a lost number, a footer, a cut-off end).
 */
export function generateNotice(index: number, rng: Random, material: SeedMaterial): GeneratedNotice {
  const [place, suffix] = PLACES[index % PLACES.length]!;
  const year = 2016 + (index % 8);
  const style = rng.pick(['group-lists', 'item-lists', 'bare-lists'] as const);
  const itemStop = rng.pick(['.', '、']);
  const unit = () => suffix + rng.pick(material.units).replace(/^[区县市]/, '');
  const units = (n: number) => Array.from({ length: n }, unit).filter((u, i, all) => all.indexOf(u) === i);
  const title = `${year}年健康${place}建设工作要点`;
  const lines: string[] = [
    `索引号 ${String(100000 + index)}/${year}-${String(index).padStart(5, '0')}`,
    ` 组配分类 卫生  发布机构 ${place}${suffix}卫生健康局`,
    ` 生成日期 ${year}-03-${String(1 + (index % 28)).padStart(2, '0')}  公开方式 主动公开`,
    `关于印发《${title}》的通知`,
    '',
    `各健康${place}建设领导小组成员单位:`,
    `  《${title}》已经健康${place}建设领导小组审议通过,现印发给你们,请贯彻执行。`,
    `  健康${place}建设领导小组办公室`,
    `  ${year}年3月${1 + (index % 28)}日`,
    '',
    title,
    `  ${rng.pick(material.sentences)}`,
  ];
  const actions: GeneratedAction[] = [];
  const parts = rng.int(3, 8);
  for (let p = 1; p <= parts; p++) {
    lines.push('', `  ${formatChineseNumeral(p)}、${rng.pick(material.headings)}`);
    const groups = rng.int(2, 5);
    for (let g = 1; g <= groups; g++) {
      const heading = rng.pick(material.headings);
      const number = `${formatChineseNumeral(p)}、(${formatChineseNumeral(g)})`;
      lines.push(`  (${formatChineseNumeral(g)})${heading}`);
      const items = rng.int(1, 5);
      if (style === 'bare-lists') {
        const action: GeneratedAction = { number, text: heading, lead: [], participating: [] };
        // Drawn in the order the corpus has always been drawn, so a seed keeps its notices.
        const sentences = Array.from({ length: items }, () => {
          const sentence = rng.pick(material.sentences);
          const named = units(rng.int(1, 3));
          const dutiesShared = rng.chance(0.5);
          // One unit alone leads; several, or any with 按职责分工负责, share the work.
          (named.length === 1 && !dutiesShared ? action.lead : action.participating).push(...named);
          return `${sentence}(${named.join('、')}${dutiesShared ? '按职责分工负责' : ''})`;
        });
        lines[lines.length - 1] += sentences.join('');
        // A unit named twice in one role is listed once in it (leading one sentence and joining another, it is in both).
        action.lead = [...new Set(action.lead)];
        action.participating = [...new Set(action.participating)];
        actions.push(action);
        continue;
      }
      for (let i = 1; i <= items; i++) {
        let list = '';
        const [lead, participating] = style === 'item-lists' ? [unit(), units(rng.int(1, 4))] : ['', []];
        if (style === 'item-lists') list = `(牵头单位:${lead};参与单位:${participating.join('、')})`;
        const sentence = rng.pick(material.sentences);
        if (style === 'item-lists') actions.push({ number: `${number}${i}.`, text: sentence, lead: [lead], participating });
        lines.push(`  ${i}${itemStop}${sentence}${list}`);
      }
      if (style === 'group-lists') {
        const [lead, participating] = [unit(), units(rng.int(2, 6))];
        lines.push(`  (牵头单位:${lead};参与单位:${participating.join('、')})`);
        actions.push({ number, text: heading, lead: [lead], participating });
      }
    }
  }
  if (rng.chance(0.3)) lines.push('', '分享到:', '【打印本页】 【关闭窗口】');
  const text = lines.join('\n') + '\n';
  return { text: rng.chance(0.2) ? toTraditional(text) : text, actions };
}
