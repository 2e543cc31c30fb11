import type { Random } from './random.ts';

/** The units an action of a synthetic notice is built with, as printed. */
export interface ExpectedAction {
  lead: string[];
  participating: string[];
}

/** A unit list as printed after a task, and the units it assigns. */
export interface PrintedList {
  text: string;
  expected: ExpectedAction;
}

/** What a list style draws on: distinct unit names, the dice, the plan's year and its group of governments. */
export interface ListContext {
  draw: (n: number) => string[];
  rng: Random;
  year: number;
  /** The governments one level down, named as one group: 各乡镇, 各镇(街道). */
  levelGroup: string;
}

/** Names a page may print without brackets or 、 and still be read: a jurisdiction, a body, an organization ending. */
export const PLAIN_NAME = /^[区县市][\u4e00-\u9fff]{2,10}(局|委|办|会)$/;

/** Join names with 、, except that two plain names may lose the 、 between them (省委宣传部省科技厅). */
function joinNames(names: readonly string[], rng: Random): string {
  return names.reduce((out, name, i) => {
    const glue = i > 0 && PLAIN_NAME.test(names[i - 1]!) && PLAIN_NAME.test(name) && rng.chance(0.1);
    return i === 0 ? name : `${out}${glue ? '' : '、'}${name}`;
  }, '');
}

/**
 * The genre's ways of printing a unit list after a task, as real notices show them:
 * labeled fields (some letter-spaced), fields with a deadline, bare names with 牵头 and
 * 按职责分工负责 and a group of governments by level.
 */
export const ITEM_LIST_STYLES = {
  labeled({ draw, rng }: ListContext): PrintedList {
    const [lead, ...rest] = draw(rng.int(2, 5));
    const label = rng.chance(0.3) ? '参 与 单 位 ' : '参与单位';
    return { text: `(牵头单位:${lead};${label}:${rest.join('、')})`, expected: { lead: [lead!], participating: rest } };
  },
  fields({ draw, rng, year }: ListContext): PrintedList {
    const [lead, ...rest] = draw(rng.int(2, 4));
    return {
      text: `(牵头单位:${lead};配合单位:${rest.join('、')};完成时限:${year}年${rng.int(6, 12)}月)`,
      expected: { lead: [lead!], participating: rest },
    };
  },
  bareLead({ draw, rng, levelGroup }: ListContext): PrintedList {
    const names = draw(rng.int(2, 5));
    const leads = names.slice(0, rng.int(1, Math.min(2, names.length - 1)));
    const rest = names.slice(leads.length);
    const group = rng.chance(0.4) ? [levelGroup] : [];
    const tail = group.length > 0 ? `,${levelGroup}落实` : '';
    return {
      text: `(${leads.join('、')}牵头,${joinNames(rest, rng)}按职责分工负责${tail})`,
      expected: { lead: leads, participating: [...rest, ...group] },
    };
  },
};

/** The remark that makes every list's first unit lead, printed once in the first list. */
const POSITIONAL_REMARK = '。排第一位的为牵头单位,其他为协助配合单位,下同';

/** A 责任单位 list whose lead is its first unit by a rule the notice's first list states (…下同). */
export function positionalList({ draw, rng }: ListContext, first: boolean): PrintedList {
  const [lead, ...rest] = draw(rng.int(2, 4));
  return {
    text: `(责任单位:${[lead, ...rest].join('、')}${first ? POSITIONAL_REMARK : ''})`,
    expected: { lead: [lead!], participating: rest },
  };
}

/** A list whose opening bracket the page lost: the one unit runs into its sentence (…舆论引导区委宣传部)). */
export function unopenedList(sentence: string, unit: string): PrintedList {
  return { text: `${sentence.replace(/。$/, '')}${unit})`, expected: { lead: [unit], participating: [] } };
}

/** A list the page cut off inside its last role word: (A牵头,B、C等有关部门参 */
export function cutList({ draw, rng }: ListContext): PrintedList {
  const [lead, ...rest] = draw(rng.int(3, 4));
  const last = `${rest.pop()}等有关部门`;
  return { text: `(${lead}牵头,${[...rest, last].join('、')}参`, expected: { lead: [lead!], participating: [...rest, last] } };
}

/** A task table under a part heading, piped or flattened into space-separated rows: one action a row. */
export function taskTable(ctx: ListContext, tasks: readonly string[], contents: readonly string[], piped: boolean): { lines: string[]; expected: ExpectedAction[] } {
  const row = (cells: string[]) => (piped ? `${cells.join(' | ')} |` : cells.join(' '));
  const lines = [row(['序号', '重点任务', '工作内容', '牵头单位', '配合单位', '完成时限'])];
  const expected: ExpectedAction[] = [];
  tasks.forEach((task, i) => {
    const [lead, ...rest] = ctx.draw(ctx.rng.int(2, 4));
    lines.push(row([String(i + 1), task, contents[i]!, lead!, rest.join('、'), `${ctx.year}年${ctx.rng.int(6, 12)}月`]));
    expected.push({ lead: [lead!], participating: rest });
  });
  return { lines, expected };
}
