import { PlanCoreSchema, type Diagnostic, type PlanCore, type Source } from '../../src/model/index.ts';
import { buildActions, chooseActionClauses } from './actions.ts';
import { assignClauseIds } from './clause-ids.ts';
import { readCover } from './cover.ts';
import { reportDamage } from './damage.ts';
import { DiagnosticSink } from './diagnostics.ts';
import { walkDrafts } from './draft.ts';
import { readHeader } from './header.ts';
import { readJurisdiction } from './jurisdiction.ts';
import { liftGroupLists } from './lift-lists.ts';
import { LineBook } from './line-book.ts';
import { metadataValue } from './metadata.ts';
import { changesScriptAbove, normalizeForMatch } from './normalize.ts';
import { planSlug, readPeriod, readPlanType } from './plan-facts.ts';
import { readDate } from './dates.ts';
import { toSourceLines, trimmed, type SourceLine } from './source-line.ts';
import { labelOf, toAssignments, toClause } from './to-model.ts';
import { cleanTitle, titleFromNotice } from './plan-title.ts';
import { readTitleZone } from './title-zone.ts';
import { readTrailer } from './trailer.ts';
import { splitFlattened } from './flattened.ts';
import { isMostlyLatin } from './language.ts';
import { isContentsLine } from './furniture.ts';
import { buildTree } from './tree.ts';
import { resolveUnits, type PrintedName } from './units.ts';
import { reviseUnitLists } from './revise-lists.ts';
import { toBodyLines } from './table-lines.ts';
import { splitZones } from './zones.ts';

/** A decoded notice: its lines and what is known of its file. */
export interface NoticeInput {
  lines: readonly string[];
  source: Source;
}

/** A parsed plan, or a clear error naming the file; diagnostics either way. */
export type ParseOutcome =
  | { ok: true; plan: PlanCore; diagnostics: Diagnostic[] }
  | { ok: false; error: string; diagnostics: Diagnostic[] };

const TRADITIONAL_SHARE = 0.05;

/**
 * Parse one decoded notice: normalize → zones → header, cover, body tree, trailer →
 * units, assignments, actions → validate. Pure: text in, model out.
 */
export function parseNotice({ lines: text, source }: NoticeInput): ParseOutcome {
  const file = source.file;
  const physical = toSourceLines(text);
  const sink = new DiagnosticSink(file);
  if (isMostlyLatin(text.join('\n'))) {
    return { ok: false, error: `${file}:1: not a Chinese plan notice: the text is mostly in Latin letters (an English translation?)`, diagnostics: [] };
  }
  const book = new LineBook(physical);
  const { pieces: lines, cuts } = splitFlattened(physical);
  for (const c of cuts) book.cut(c.line, c.text, c.reason);
  const glosses = cuts.filter((c) => c.reason === 'pinyin-gloss');
  if (glosses.length > 0) {
    sink.report('pinyin-gloss', 'info', glosses[0]!.line.n, `${glosses.length} pinyin glosses a mirror printed after characters (e.g. "${glosses[0]!.text}") dropped`);
  }
  const zones = splitZones(lines);
  const range = ([a, b]: [number, number]) => lines.slice(a, b);

  const metadata = readHeader(range(zones.header), zones.noticeTitle, book);
  const signedLine = zones.signedDate === null ? null : lines[zones.signedDate]!.n;
  const cover = zones.cover[1] > zones.cover[0] ? readCover(range(zones.cover), zones.signedDate === null ? null : lines[zones.signedDate]!, book) : null;
  const printedTitle = readTitleZone(range(zones.planTitle), book, metadata);
  // A table of contents (一、总体要求……………3) lists the clauses that follow in full: not clauses itself.
  const bodyLines: SourceLine[] = [];
  for (const l of range(zones.body)) {
    if (isContentsLine(l.norm)) book.drop(l, 'contents');
    else bodyLines.push(l);
  }
  const logical = toBodyLines(bodyLines);
  const noticeTitle = zones.noticeTitle === null ? null : range(zones.noticeTitle).filter((l) => !l.blank).map((l) => trimmed(l).raw).join('');
  const trailer = readTrailer(range(zones.trailer), book, [noticeTitle ?? '', printedTitle.title]);
  let planTitle = printedTitle.title;
  if (logical.length === 0) {
    const where = lines.find((l) => !l.blank)?.n ?? 1;
    return { ok: false, error: `${file}:${where}: no plan text found (only header, chrome or boilerplate)`, diagnostics: sink.items };
  }
  if (!planTitle) {
    const named = noticeTitle ?? metadataValue(metadata, '名称', '标题', '信息名称')?.value ?? '';
    planTitle = named ? titleFromNotice(cleanTitle(named).title) : '';
    sink.report('missing-field', 'warning', logical[0]!.lines[0]!.n, 'no plan title printed above the plan text; taken from the notice title');
  }

  const roots = buildTree(logical, sink);
  // A line is an assignment line when the tree took it as a clause's own unit list.
  const listLines = new Set([...walkDrafts(roots)].flatMap((n) => n.lists.filter((l) => l.standalone).map((l) => l.line)));
  for (const l of bodyLines) if (l.blank) book.drop(l, 'blank');
  for (const ll of logical) for (const l of ll.lines) book.keep(l, listLines.has(ll.lines[0]!.n) ? 'assignment' : 'plan');
  liftGroupLists(roots);
  reviseUnitLists(roots, lines, sink);
  assignClauseIds(roots, sink);
  reportDamage(logical, sink);

  const allRaw = lines.map((l) => l.raw).join('\n');
  const allNorm = lines.map((l) => l.norm).join('\n');
  const titleNorm = normalizeForMatch(planTitle);
  const issuer = cover?.issuer ?? metadataValue(metadata, '发布机构', '发文机关', '发文单位')?.value ?? '';
  const { jurisdiction, placeSlug } = readJurisdiction({
    title: titleNorm, noticeTitle: normalizeForMatch(noticeTitle ?? ''), issuer: normalizeForMatch(issuer), tag: printedTitle.tag ?? undefined, allNorm, allRaw,
  });
  const script = changesScriptAbove(bodyLines.map((l) => l.raw).join(''), TRADITIONAL_SHARE) ? 'zh-Hant' : 'zh-Hans';

  const dateOf = (...keys: string[]) => {
    const entry = metadataValue(metadata, ...keys);
    const date = entry ? readDate(normalizeForMatch(entry.value)) : null;
    return date ? { ...date, printed: entry!.value.trim() } : null;
  };
  const written = dateOf('成文日期', '发文日期', '印发日期');
  const published = dateOf('发布日期', '发布时间', '生成日期');
  const signed = cover?.signedDate ?? null;
  if (signed?.guessed) {
    sink.report('guessed-date', 'warning', signedLine!, `signature date printed "${signed.printed}" read as ${signed.iso ?? 'unreadable'}`);
  }
  for (const a of trailer.attachments) sink.report('attachment-not-included', 'info', a.line, `attachment "${a.name}" is named but not included`);

  const names: PrintedName[] = [...walkDrafts(roots)].flatMap((n) =>
    n.lists.flatMap((l) => l.list.units.map((u) => ({ printed: l.raw.slice(u.start, u.end), key: l.norm.slice(u.start, u.end).replace(/\s/g, ''), line: l.line }))),
  );
  const units = resolveUnits(names, jurisdiction, placeSlug, sink);
  const assignments = toAssignments(roots, units);
  const actions = buildActions(chooseActionClauses(roots, sink), assignments, labelOf);
  const period = readPeriod(titleNorm);

  const candidate = {
    slug: planSlug(placeSlug, period, [written, signed, published]),
    source,
    script,
    noticeTitle,
    planTitle,
    planType: readPlanType(titleNorm),
    issuer: cover?.issuer ?? metadataValue(metadata, '发布机构', '发文机关', '发文单位')?.value ?? null,
    documentNumber: metadataValue(metadata, '文号', '文件编号', '发文字号', '发布文号')?.value.trim() ?? null,
    indexNumber: metadataValue(metadata, '索引号', '信息索引号')?.value.trim() ?? null,
    validity: metadataValue(metadata, '有效性', '效力状态', '时效性')?.value.trim() ?? null,
    dates: { written, published, signed },
    period,
    jurisdiction,
    metadata,
    cover,
    attachments: trailer.attachments,
    closing: trailer.closing,
    clauses: roots.map(toClause),
    assignments,
    actions,
    units: units.units,
    diagnostics: [...sink.items].sort((a, b) => a.line - b.line),
    lines: book.finish(),
  };
  const checked = PlanCoreSchema.safeParse(candidate);
  if (!checked.success) {
    return { ok: false, error: `${file}: the parsed plan does not fit the model: ${checked.error.message}`, diagnostics: sink.items };
  }
  return { ok: true, plan: checked.data, diagnostics: checked.data.diagnostics };
}
