import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { readCommittedTree } from './support/committed-tree.ts';
import { runIngest } from './support/run-ingest.ts';
import { SEEDS_DIR } from './support/seeds.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'ingest-'));

/** Every file under a folder, as relative path → contents. */
function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('npm run ingest', () => {
  const out = temp();
  const report = join(out, 'report.json');
  const first = runIngest(['--in', SEEDS_DIR, '--out', join(out, 'content'), '--report', report, '--no-cache']);

  test('parses every seed and exits 0', () => {
    expect(first.stderr).toContain('ingest: 5 of 5 notices parsed, 0 failed');
    expect(first.status).toBe(0);
  });

  // Read from git, not the working tree: the suite's global setup has already run the build,
  // whose ingest rewrites content/, so the working tree would always agree with a fresh ingest.
  test('committed content/ is exactly what the ingest writes today (regenerate with npm run ingest, then commit)', () => {
    const fresh = readTree(join(out, 'content'));
    const committed = readCommittedTree('content');
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [path, text] of fresh) expect(committed.get(path), path).toBe(text);
  });

  test('a second run gives zero diff, and a cached run gives the same files', () => {
    const cacheDir = temp();
    const again = join(temp(), 'content');
    const cold = runIngest(['--in', SEEDS_DIR, '--out', again, '--quiet', '--cache', cacheDir]);
    expect(cold.stderr).toContain('(0 unchanged, from cache)');
    expect(readTree(again)).toEqual(readTree(join(out, 'content')));
    const warm = join(temp(), 'content');
    const cachedRun = runIngest(['--in', SEEDS_DIR, '--out', warm, '--quiet', '--cache', cacheDir]);
    expect(cachedRun.stderr).toContain('5 of 5 notices parsed, 0 failed (5 unchanged, from cache)');
    expect(readTree(warm)).toEqual(readTree(join(out, 'content')));
  });

  test('changing one notice parses only that one again', () => {
    const cacheDir = temp();
    const input = temp();
    cpSync(SEEDS_DIR, input, { recursive: true });
    runIngest(['--in', input, '--out', join(temp(), 'content'), '--quiet', '--cache', cacheDir]);
    writeFileSync(join(input, '004_9b8590cdebe758f0.txt'), readFileSync(join(input, '004_9b8590cdebe758f0.txt'), 'utf8') + '\n');
    const changed = runIngest(['--in', input, '--out', join(temp(), 'content'), '--quiet', '--cache', cacheDir]);
    expect(changed.stderr).toContain('(4 unchanged, from cache)');
  });

  test('diagnostics print as file:line: severity code: message', () => {
    expect(first.stderr).toMatch(/^004_9b8590cdebe758f0\.txt:58: warning truncated: /m);
    expect(first.stderr).toMatch(/^000_cfda7e64e9cfa904\.txt:136: warning unit-typo: /m);
  });

  test('the JSON report has the documented shape', () => {
    const { notices } = JSON.parse(readFileSync(report, 'utf8'));
    expect(notices).toHaveLength(5);
    const yuhang = notices.find((n: { slug: string }) => n.slug === 'yuhang-2017-2019');
    expect(yuhang).toMatchObject({ source: '004_9b8590cdebe758f0.txt', status: 'ok', script: 'zh-Hans', documentNumber: null });
    expect(yuhang.actions[0]).toEqual({ id: 'c3-1-1', number: '三、(一)1.', title: '“美丽余杭”健康环境专项行动', lead: ['美丽办', '区环保局'], participating: [] });
    expect(yuhang.lines.total).toBe(yuhang.lines.kept + yuhang.lines.dropped);
    expect(yuhang.dropped).toContainEqual(expect.objectContaining({ reason: 'footer', text: '详细咨询:关注微信公众号"宁波政策"' }));
    expect(yuhang.diagnostics).toContainEqual(expect.objectContaining({ line: 58, severity: 'warning', code: 'truncated' }));
  });
});

describe('bad input: a clear error naming the file; the other notices still build', () => {
  const dir = temp();
  cpSync(join(SEEDS_DIR, '002_0ee15503b2a16a0b.txt'), join(dir, 'good.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'boilerplate.txt'), '当前位置:首页 > 政务公开\n索引号: 123\n发布机构: 某某局\n\n【打印本页】 【关闭窗口】\n分享到:\n');
  const out = join(temp(), 'content');
  const result = runIngest(['--in', dir, '--out', out, '--report', join(dir, 'report.json')]);

  test('exit code is non-zero and each failure names its file', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('empty.txt: empty file');
    expect(result.stderr).toMatch(/binary\.txt: binary/);
    expect(result.stderr).toMatch(/boilerplate\.txt:\d+: no plan text found/);
    expect(result.stderr).toContain('ingest: 1 of 4 notices parsed, 3 failed');
  });
  test('the good notice is still written', () => {
    expect(readdirSync(join(out, 'plan-data'))).toEqual(['huanren-2018-2020.json']);
    const { notices } = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(notices.map((n: { source: string; status: string }) => `${n.source}:${n.status}`)).toEqual([
      'binary.txt:error', 'boilerplate.txt:error', 'empty.txt:error', 'good.txt:ok',
    ]);
  });
});

describe('encodings and line ends: the same notice gives the same plan', () => {
  const utf8 = readFileSync(join(SEEDS_DIR, '003_3e6fea58fe7d58f8.txt'), 'utf8');
  const simplified = readFileSync(join(SEEDS_DIR, '002_0ee15503b2a16a0b.txt'), 'utf8');
  const dir = temp();
  // Big5 cannot encode the mojibake run and the Simplified spam line of 003: cut them off first.
  const big5Safe = utf8.split('\n').filter((l) => iconv.decode(iconv.encode(l, 'big5'), 'big5') === l).join('\n');
  writeFileSync(join(dir, 'a-utf8.txt'), big5Safe);
  writeFileSync(join(dir, 'b-big5.txt'), iconv.encode(big5Safe, 'big5'));
  // GBK has no no-break space (the seed has some): use plain spaces in both copies.
  const gbkSafe = [...simplified].map((ch) => (iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') === ch ? ch : ' ')).join('');
  writeFileSync(join(dir, 'c-gbk.txt'), iconv.encode(gbkSafe, 'gbk'));
  writeFileSync(join(dir, 'c-plain.txt'), gbkSafe);
  writeFileSync(join(dir, 'd-bom-crlf.txt'), '\ufeff' + simplified.replace(/\n/g, '\r\n'));
  writeFileSync(join(dir, 'e-plain.txt'), simplified);
  const out = join(temp(), 'content');
  const result = runIngest(['--in', dir, '--out', out, '--report', join(dir, 'report.json'), '--quiet']);
  const plans = readdirSync(join(out, 'plan-data')).sort().map((f) => JSON.parse(readFileSync(join(out, 'plan-data', f), 'utf8')));
  const bySource = (file: string) => plans.find((p) => p.source.file === file);
  type Parsed = { source: unknown; slug: string; diagnostics: Array<{ file: string }> };
  // Only the file facts differ: its name (in source and diagnostics), hash, encoding, and the slug (one per notice).
  const strip = (p: Parsed) => ({ ...p, source: null, slug: '', diagnostics: p.diagnostics.map((d) => ({ ...d, file: '' })) });

  test('all parse', () => {
    expect(result.status).toBe(0);
    expect(plans).toHaveLength(6);
  });
  test('Big5 decodes to the same plan as UTF-8, and the encoding is recorded', () => {
    expect(bySource('b-big5.txt').source).toMatchObject({ encoding: 'big5', bom: false });
    expect(strip(bySource('b-big5.txt'))).toEqual(strip(bySource('a-utf8.txt')));
  });
  test('GBK, and UTF-8 with a BOM and CRLF, decode to the same plan as plain UTF-8', () => {
    expect(bySource('c-gbk.txt').source).toMatchObject({ encoding: 'gb18030' });
    expect(bySource('d-bom-crlf.txt').source).toMatchObject({ encoding: 'utf-8', bom: true, lineEnding: 'crlf' });
    expect(strip(bySource('c-gbk.txt'))).toEqual(strip(bySource('c-plain.txt')));
    expect(strip(bySource('d-bom-crlf.txt'))).toEqual(strip(bySource('e-plain.txt')));
  });
  test('copies of one notice get distinct slugs, each from its own file (README, Permalinks)', () => {
    const slugs = plans.map((p) => p.slug).sort();
    expect(new Set(slugs).size).toBe(6);
    expect(slugs.map((slug) => slug.replace(/-[0-9a-f]{8}$/, ''))).toEqual([
      ...Array(4).fill('huanren-2018-2020-renwufengong'), ...Array(2).fill('lishui-2021-gongzuoyaodian'),
    ]);
  });
});

describe('on worker threads', () => {
  // Eight copies of each seed: 40 notices, enough for two threads (ingest.ts parses a handful on
  // its own thread), and every one of them must take a slug of its own after their parse.
  const notices = temp();
  for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))) {
    for (let copy = 1; copy <= 8; copy++) cpSync(join(SEEDS_DIR, file), join(notices, `${copy}-${file}`));
  }
  const outputs = [1, 2].map((threads) => {
    const out = join(temp(), 'content');
    const run = runIngest(['--in', notices, '--out', out, '--no-cache', '--threads', String(threads)]);
    return { run, tree: readTree(out) };
  });

  test('write exactly what one thread writes, in the same order of slugs', () => {
    const [one, two] = outputs as [(typeof outputs)[0], (typeof outputs)[0]];
    expect(one.run.stderr).toContain('ingest: 40 of 40 notices parsed, 0 failed');
    expect(two.run.stderr).toContain('ingest: 40 of 40 notices parsed, 0 failed');
    // The same diagnostics in the same order; only the output folder named last differs.
    const withoutFolder = (stderr: string) => stderr.replace(/→ .*$/m, '');
    expect(withoutFolder(two.run.stderr)).toBe(withoutFolder(one.run.stderr));
    expect([...two.tree.keys()].sort()).toEqual([...one.tree.keys()].sort());
    for (const [path, text] of one.tree) expect(two.tree.get(path), path).toBe(text);
    expect([...one.tree.keys()].filter((path) => path.startsWith('plan-data/yinzhou-2018-gongzuoyaodian-'))).toHaveLength(8);
  });
});
