import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readNotice } from '../scripts/ingest/read-notice.ts';
import { findUnaccountedLines } from './support/line-owners.ts';
import { bigNoticeLines } from './support/big-notice.ts';

describe('a 10 MB notice', () => {
  const lines = bigNoticeLines(3_400_000);
  const bytes = Buffer.from(lines.join('\n'));

  test('parses, with every line accounted for', () => {
    expect(bytes.length).toBeGreaterThan(9_000_000);
    const outcome = readNotice('big.txt', bytes);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.plan.lines).toHaveLength(lines.length);
    expect(outcome.plan.lines.map((l) => l.text)).toEqual(lines);
    expect(findUnaccountedLines(outcome.plan)).toEqual([]);
    expect(outcome.plan.actions.length).toBeGreaterThan(5000);
  });
});

// Pieces of real notices, recombined at random: whatever the order, the parser must not throw,
// and every line must be kept (with its text in the model) or dropped with a reason.
const FRAGMENTS = [
  '索引号: 002969720/2018-46239', ' 组配分类 卫生  发布机构 鄞州区卫计局', '发布日期:', '2020-10-30', '当前位置:首页 > 政务公开',
  '关于印发《2018年健康鄞州建设工作要点》的通知', '各健康鄞州建设领导小组成员单位:', '健康鄞州建设领导小组办公室', '2018年10月25日', '201761',
  '(此件公开发布)', '2018年健康鄞州建设工作要点', '一、健康素养提升行动', '全民科学健身行动', '(一)完善全民健康教育体系', '(四))提升群众身边的健身指导水平',
  '1.加强区级健康教育与促进工作力量,在各级医疗卫生机构建立健康教育室(点)。', '5 .提升优质高效健康服务专项行动(牵头单位:区卫计局)以“美丽卫计”建设为抓手',
  '(牵头单位:区教育局、区卫生计生局;参与单位:区委宣传部、区文广新局(旅游局、体育局))', '(牵头单位:县爱卫办,', '责任单位:县爱卫会成员单位、各乡镇人民政府)',
  '(二)深化醫保支付方式改革。提高醫?;鸬氖褂眯堋#ㄊ嗅t保局)', '開展廣告監管領域專項整治行動。(市委宣傳部、市衛生健康委按職責分工負責)', '<script>alert(1)</script>',
  '{x} <javascript:OpenWin(%22OASendBrowse.aspx%22)>', 'import x from "y"', '附件:1.推进健康慈溪行动主要指标', '     2.推进健康慈溪行动部门分工', ' 抄送:市委各部门。',
  '详细咨询:关注微信公众号"宁波政策"', '伊在人亚洲香蕉精品播放', '分享到:', '0', '', '   ', '\u3000\u3000', '三、保障措施', '——人民健康水平持续提高。',
];

test('property: random recombinations of notice lines lose nothing and never throw', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 40 }), (picked) => {
      const text = picked.join('\n');
      const outcome = readNotice('random.txt', Buffer.from(text));
      if (!outcome.ok) {
        expect(outcome.error).toMatch(/^random\.txt[:]/);
        return;
      }
      const { plan } = outcome;
      // A final line break ends the last line rather than starting an empty one.
      expect(plan.lines).toHaveLength(text.replace(/\n$/, '').split('\n').length);
      for (const record of plan.lines) expect((record.role === null) !== (record.dropped === null)).toBe(true);
      expect(findUnaccountedLines(plan)).toEqual([]);
    }),
    { numRuns: 300 },
  );
});
