import { parseFrontmatter } from '@astrojs/markdown-remark';
import { evaluate } from '@mdx-js/mdx';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { describe, expect, test } from 'vitest';
import { emitContent, emitPlan } from '../scripts/emit/index.ts';
import { type Clause, type Plan, PlanSchema } from '../src/model/index.ts';
import { planSample } from './fixtures/plan-sample.ts';

/** Notice text that must stay text: scrape junk, JSX/ESM look-alikes, markdown syntax, escapes. */
const HOSTILE = [
  '<javascript:OpenWin(%22OASendBrowse.aspx?t=Out&Id=16587%22)>',
  '<健康浙江2030行动纲要>',
  '{x}',
  '<script>alert(1)</script>',
  '{/* */}',
  "import x from 'y'",
  'export const a = 1',
  'import 健康教育',
  'export default 1',
  '1.2018年',
  '1. 2018年',
  '1) 2018年',
  '# ',
  '# 标题 #',
  '> ',
  '> 引用',
  '---',
  '***',
  '- 项目',
  '+ 项目',
  '*强调*',
  '**加粗**',
  '_强调_',
  '~~删除~~ ~删~',
  '`代码`',
  '```',
  '    缩进代码',
  '\t制表符',
  'C:\\健康\\',
  '\\',
  '&amp;',
  '&lt;',
  '&#x41;&#65;&nbsp;',
  '[链接](javascript:alert(1))',
  '![图](x.png)',
  '[^1]: 注释',
  '<!-- 注释 -->',
  '| 表 | 格 |',
  '=====',
  'www.example.com x@y.com http://a.b/c',
  'www.<',
  'www.```',
  '  首尾空格  ',
  '\u00a0不换行空格\u3000全角空格',
] as const;

/** Clause kinds a hostile string is placed in, with where its text is expected to show. */
const PLACEMENTS = ['paragraph clause text', 'clause heading', 'cover paragraph', 'plan title'] as const;
type Placement = (typeof PLACEMENTS)[number];

function paragraphClause(text: string): Clause {
  return { id: 'p1', kind: 'paragraph', number: null, heading: null, text, lines: { start: 1, end: 1 }, children: [] };
}

function partClause(heading: string): Clause {
  const number = { printed: null, value: 1, inferred: true, style: 'cn-dun', label: '一、' } as const;
  return { id: 'c1', kind: 'part', number, heading, text: '', lines: { start: 1, end: 1 }, children: [] };
}

/** The sample plan with only `text` put at the given place, and the blocks its page should show. */
function planWith(placement: Placement, text: string): { plan: Plan; blocks: Block[] } {
  const title: Block = { tag: 'h2', text: planSample.planTitle };
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line !== '');
  const paragraphs = lines.map((line): Block => ({ tag: 'p', text: line }));
  const bare = { ...planSample, cover: null, clauses: [] };
  switch (placement) {
    case 'paragraph clause text':
      return { plan: { ...bare, clauses: [paragraphClause(text)] }, blocks: [title, ...paragraphs] };
    case 'clause heading':
      return { plan: { ...bare, clauses: [partClause(text)] }, blocks: [title, { tag: 'h3', text }] };
    case 'cover paragraph': {
      const cover = { addresseeLine: '', addressees: [], paragraphs: [{ text, line: 1 }], issuer: null, signedDate: null, remarks: [] };
      return { plan: { ...bare, cover }, blocks: [...paragraphs, title] };
    }
    case 'plan title':
      return { plan: { ...bare, planTitle: text }, blocks: [{ tag: 'h2', text }] };
  }
}

function mdxOf(plan: Plan): string {
  const page = emitPlan(plan).find((file) => file.path.endsWith('.mdx'));
  if (!page) throw new Error('no MDX page emitted');
  return page.contents;
}

/** Split frontmatter from the body the way @astrojs/mdx does before compiling. */
function splitPage(mdx: string): { frontmatter: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'remove' });
  return { frontmatter, body: content };
}

/** Parse MDX as the site does: remark-parse + remark-mdx, GFM off (astro.config.mjs). */
function parseMdx(body: string): Root {
  return remark().use(remarkMdx).parse(body);
}

function textOf(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';
}

/** Every node type in the tree, with the values of MDX expression nodes. */
function inventory(tree: Root): { types: Set<string>; expressions: string[] } {
  const types = new Set<string>();
  const expressions: string[] = [];
  const visit = (node: Nodes): void => {
    types.add(node.type);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') expressions.push(node.value);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { types, expressions };
}

/** A rendered top-level block: its element name and its text content. */
type Block = { tag: string; text: string };

/** What the minimal JSX runtime below builds: a plain tree, no React. */
type Element = { type: unknown; props: { children?: unknown } };

function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && 'type' in value && 'props' in value;
}

const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Element['props']): Element => ({ type, props });

function childrenOf(element: Element): unknown[] {
  const { children } = element.props;
  return children === undefined ? [] : Array.isArray(children) ? children : [children];
}

function renderedText(value: unknown): string {
  if (typeof value === 'string') return value;
  return isElement(value) ? childrenOf(value).map(renderedText).join('') : '';
}

function elementNames(value: unknown): string[] {
  if (!isElement(value)) return [];
  const own = typeof value.type === 'string' ? [value.type] : [];
  return [...own, ...childrenOf(value).flatMap(elementNames)];
}

/** Compile and run the MDX body with @mdx-js/mdx, without GFM or smartypants like the site. */
async function renderMdx(body: string): Promise<{ blocks: Block[]; elements: string[] }> {
  const { default: Content } = await evaluate(body, {
    Fragment,
    jsx: jsx as never,
    jsxs: jsx as never,
  });
  const root: unknown = Content({});
  const top = isElement(root) ? childrenOf(root).filter(isElement) : [];
  return {
    blocks: top.map((element) => ({ tag: String(element.type), text: renderedText(element) })),
    elements: elementNames(root),
  };
}

describe('emitPlan', () => {
  test('emits the page and the data of the plan, at paths from its slug', () => {
    expect(emitPlan(planSample).map((file) => file.path)).toEqual([
      'plans/yinzhou-2018.mdx',
      'plan-data/yinzhou-2018.json',
    ]);
  });

  test('the page starts with frontmatter from a YAML serializer, then the generated-file notice', () => {
    const mdx = mdxOf(planSample);
    expect(mdx.startsWith('---\nslug: "yinzhou-2018"\n')).toBe(true);
    const { frontmatter, body } = splitPage(mdx);
    expect(frontmatter).toEqual({
      slug: 'yinzhou-2018',
      title: '2018年健康鄞州建设工作要点',
      source: 'seeds/000_cfda7e64e9cfa904.txt',
    });
    expect(body.trimStart().startsWith('{/* generated by scripts/ingest.ts — do not edit */}\n')).toBe(true);
  });

  test('renders the cover notice, then the plan title (h2) and its outline as headings and paragraphs', async () => {
    const { blocks } = await renderMdx(splitPage(mdxOf(planSample)).body);
    expect(blocks).toEqual([
      { tag: 'p', text: '各健康鄞州建设领导小组成员单位:' },
      {
        tag: 'p',
        text: '《2018年健康鄞州建设工作要点》已经健康鄞州建设领导小组审议通过,现印发给你们,请贯彻执行。',
      },
      { tag: 'p', text: '健康鄞州建设领导小组办公室' },
      { tag: 'p', text: '2018年10月25日' },
      { tag: 'h2', text: '2018年健康鄞州建设工作要点' },
      {
        tag: 'p',
        text: '2018年健康鄞州建设工作总体要求:以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大精神。',
      },
      { tag: 'h3', text: '一、健康素养提升行动' },
      { tag: 'h4', text: '(一)完善全民健康教育体系' },
      {
        tag: 'p',
        text: '1.加强区级健康教育与促进工作力量,在各级医疗卫生机构、养老机构、学校、社区、镇(街道)等建立健康教育室(点)。',
      },
      { tag: 'h5', text: '2.把健康教育纳入素质教育重要内容。' },
      { tag: 'p', text: '2018年在中小学(幼儿园)组织开展以健康生活方式为主要内容的各类健康促进活动。' },
    ]);
  });

  test('leaves assignments out of the page text: the site renders them from data', () => {
    const mdx = mdxOf(planSample);
    expect(mdx).not.toContain('牵头单位');
    expect(mdx).not.toContain(planSample.assignments[0]?.printed);
  });

  test('splits multi-line text into one paragraph per line (markdown would join the lines)', async () => {
    const { plan } = planWith('paragraph clause text', '第一行\n第二行\r\n\r\n第三行\r第四行');
    const { blocks } = await renderMdx(splitPage(mdxOf(plan)).body);
    expect(blocks.filter((block) => block.tag === 'p').map((block) => block.text)).toEqual([
      '第一行',
      '第二行',
      '第三行',
      '第四行',
    ]);
  });

  test('the data file is the validated model with sorted keys, 2-space indent and a trailing newline', () => {
    const data = emitPlan(planSample).find((file) => file.path.endsWith('.json'));
    expect(data).toBeDefined();
    const contents = data?.contents ?? '';
    expect(JSON.parse(contents)).toEqual(PlanSchema.parse(planSample));
    expect(contents.endsWith('}\n')).toBe(true);
    expect(contents.startsWith('{\n  "actions": [\n    {\n      "assignments"')).toBe(true);
    const keys = Object.keys(JSON.parse(contents) as object);
    expect(keys).toEqual([...keys].sort());
  });

  test('rejects a plan that fails the model', () => {
    expect(() => emitPlan({ ...planSample, slug: 'Not A Slug' })).toThrow();
  });
});

describe('determinism', () => {
  /** A deep copy whose object keys were inserted in reverse order. */
  function reverseKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(reverseKeys);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, item]) => [key, reverseKeys(item)]),
    );
  }

  test('emitting the same plan twice gives identical strings', () => {
    expect(emitPlan(planSample)).toEqual(emitPlan(structuredClone(planSample)));
  });

  test('the key order of the input does not change the output', () => {
    expect(emitPlan(reverseKeys(planSample) as Plan)).toEqual(emitPlan(planSample));
  });
});

describe('emitContent', () => {
  const other: Plan = { ...planSample, slug: 'huanren-2018-2020', planTitle: '健康桓仁2030规划' };

  test('returns the files of every plan, sorted by path, whatever the order of the plans', () => {
    const files = emitContent([planSample, other]);
    expect(files.map((file) => file.path)).toEqual([
      'plan-data/huanren-2018-2020.json',
      'plan-data/yinzhou-2018.json',
      'plans/huanren-2018-2020.mdx',
      'plans/yinzhou-2018.mdx',
    ]);
    expect(emitContent([other, planSample])).toEqual(files);
  });

  test('refuses two plans with one slug', () => {
    expect(() => emitContent([planSample, planSample])).toThrow(/plans\/yinzhou-2018\.mdx/);
  });

  test('returns nothing for no plans', () => {
    expect(emitContent([])).toEqual([]);
  });
});

describe('notice text is data, never code', () => {
  const cases = HOSTILE.flatMap((text) => PLACEMENTS.map((placement) => [placement, text] as const));

  test.each(cases)('%s %j compiles to exactly that text', async (placement, text) => {
    const { plan, blocks } = planWith(placement, text);
    const { frontmatter, body } = splitPage(mdxOf(plan));

    const { types, expressions } = inventory(parseMdx(body));
    // Only markdown text nodes, plus the one comment expression the emitter writes itself.
    const paragraphs = blocks.some((block) => block.tag === 'p') ? ['paragraph'] : [];
    expect([...types].sort()).toEqual(['heading', 'mdxFlowExpression', 'root', 'text', ...paragraphs].sort());
    expect(expressions).toEqual(['/* generated by scripts/ingest.ts — do not edit */']);

    const rendered = await renderMdx(body);
    expect(rendered.elements).not.toContain('script');
    expect(new Set(rendered.elements)).toEqual(new Set(blocks.map((block) => block.tag)));
    expect(rendered.blocks).toEqual(blocks);
    if (placement === 'plan title') expect(frontmatter.title).toBe(text);
  });

  test.each(['2018-10-30', 'true', 'null', '123', '~', '---\n---', "'单引号'", '"双引号"', '#注释', 'a: b', '  '])(
    'the frontmatter title %j reads back as the same string in Astro',
    (title) => {
      expect(splitPage(mdxOf({ ...planSample, planTitle: title })).frontmatter.title).toBe(title);
    },
  );
});

describe('emitted text reads back as the input (property)', () => {
  // Markdown cannot hold an empty paragraph, so empty lines are the only text that is not kept
  // (one paragraph per line). U+0000 is left out: CommonMark replaces it with U+FFFD on reading,
  // whatever the escaping, and the normalize stage never lets it into the model. Surrounding
  // whitespace needs no trimming: the serializer writes it as character references (&#x20;).
  const noNul = (text: string): string => text.replaceAll('\0', '');
  const hostileUnit = fc.oneof(
    fc.constantFrom(...'<>{}[]()*_#`&\\!|~-+=.:;'.split('')),
    fc.constantFrom(' ', '\t', '\n', '\r', '\u3000', '\u00a0'),
    fc.constantFrom('健', '康', '浙', '江', '。', ',', '、', '(', ')', '《', '》', '一', '1', '2', 'a', 'x', '@'),
    fc.constantFrom('import ', 'export ', '&amp;', '&#x41;', '<script>', '{/*', '*/}', 'www.', 'http://', '---', '```'),
  );
  const texts = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: hostileUnit, maxLength: 30 }),
  );

  function readBack(plan: Plan): Block[] {
    const tree = parseMdx(splitPage(mdxOf(plan)).body);
    return tree.children.flatMap((node): Block[] =>
      node.type === 'paragraph' ? [{ tag: 'p', text: textOf(node) }]
      : node.type === 'heading' ? [{ tag: `h${node.depth}`, text: textOf(node) }]
      : [],
    );
  }

  test('clause text comes back line by line', () => {
    fc.assert(
      fc.property(texts.map(noNul), (text) => {
        const { plan, blocks } = planWith('paragraph clause text', text);
        expect(readBack(plan)).toEqual(blocks);
      }),
      { numRuns: 500 },
    );
  });

  test('a heading comes back whole', () => {
    const oneLine = texts.map((text) => noNul(text).replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(oneLine, (text) => {
        const { plan, blocks } = planWith('clause heading', text);
        expect(readBack(plan)).toEqual(blocks);
      }),
      { numRuns: 500 },
    );
  });
});
