import { createHash } from 'node:crypto';
import { PlanSchema, type Diagnostic, type Plan } from '../../src/model/index.ts';
import { decodeNotice } from '../decode/decode-notice.ts';
import { buildInsight } from '../insight/index.ts';
import { parseNotice } from '../parse/parse-notice.ts';
import { citedAs, readCitations } from '../parse/read-citations.ts';

/** What a plan adds to the parser's core. */
const DrawnSchema = PlanSchema.pick({ insight: true, citations: true, citedAs: true });

/** A plan read from one notice file with its insight, or a clear error naming the file. */
export type NoticeOutcome =
  | { ok: true; plan: Plan; diagnostics: Diagnostic[] }
  | { ok: false; error: string; diagnostics: Diagnostic[] };

/**
 * Bytes of one notice file to a plan: decode (any encoding), hash, parse, draw the insight
 * (themes, targets, unit functions) and read the citations. Never throws: an internal failure becomes an error
 * outcome naming the file.
 */
export function readNotice(file: string, bytes: Uint8Array): NoticeOutcome {
  const decoded = decodeNotice(bytes, file);
  if (!decoded.ok) return { ok: false, error: decoded.error, diagnostics: [] };
  const { lines, encoding, bom, lineEnding } = decoded.value;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const parsed = parseNotice({ lines, source: { file, sha256, encoding, bom, lineEnding } });
    if (!parsed.ok) return parsed;
    // parseNotice has validated the core (PlanCoreSchema): only what is drawn from it here is validated now.
    const drawn = DrawnSchema.parse({ insight: buildInsight(parsed.plan), citations: readCitations(parsed.plan), citedAs: citedAs(parsed.plan) });
    const plan: Plan = { ...parsed.plan, ...drawn };
    return { ok: true, plan, diagnostics: parsed.diagnostics };
  } catch (error) {
    return { ok: false, error: `${file}: internal error: ${(error as Error).message}`, diagnostics: [] };
  }
}
