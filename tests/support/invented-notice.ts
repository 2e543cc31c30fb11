/** What varies between the invented notices of the permalink tests. */
export interface InventedNotice {
  /** The place as 健康X names it (an invented one, e.g. 青岚); '' for a title that names none. */
  place: string;
  year: number;
  type: string;
  /** 文号, or '' for none printed. */
  number?: string;
  /** Words added to the first task, so two notices of one place, year and type differ. */
  extra?: string;
}

/**
 * A small notice in the genre's shape (portal header, 文号 line, title, two numbered parts with
 * unit lists), of an invented place: the permalink tests make colliding notices from it.
 */
export function inventNotice({ place, year, type, number = '', extra = '' }: InventedNotice): string {
  const named = place ? `健康${place}建设` : '爱国卫生';
  const office = place ? `${place}区` : '区';
  return [
    '首页 > 信息公开 > 政策文件',
    `${number ? `文号:${number}    ` : ''}发布日期:${year}-03-18`,
    `${year}年${named}${type}`,
    '',
    `　　为深入推进${named}，结合${office}实际，制定本${type}。`,
    '',
    '　　一、营造健康环境',
    '',
    '　　（一）推进环境卫生整治',
    '',
    `　　1、开展环境卫生整洁行动${extra}，全年集中整治不少于4次。（牵头单位：${office}爱卫办；配合单位：${office}卫健局）`,
    '',
    `　　2、新建无害化卫生厕所1200户。（牵头单位：${office}农业农村局）`,
    '',
    '　　二、保障措施',
    '',
    '　　各部门要加强组织领导，确保各项任务落到实处。',
    '',
  ].join('\n');
}
