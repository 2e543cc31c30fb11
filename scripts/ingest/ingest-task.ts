import type { Diagnostic } from '../../src/model/index.ts';
import { readNotice } from './read-notice.ts';
import { reportNotice, type NoticeReport } from './report.ts';
import { emitSlugFree } from './emit-slug-free.ts';
import { claimSlug, type SlugClaim } from './slug-candidates.ts';
import type { SlugFreeFile } from './slug-free-file.ts';
import { unitPlace, type PlaceClaim } from './unit-place.ts';

/** One notice for the ingest's CPU work: its file name in --in and its bytes. */
export type IngestTask = { file: string; bytes: Uint8Array };

/**
 * What the ingest keeps of one notice: its report (slug still unset), its diagnostics, and for a
 * plan its claims to a slug and to its units' place part, and its files with both left out — never the plan's model, which
 * is the bulk of the memory (issue 12).
 */
export type IngestedNotice =
  | { ok: true; report: NoticeReport; diagnostics: Diagnostic[]; claim: SlugClaim; place: PlaceClaim | null; files: SlugFreeFile[] }
  | { ok: false; error: string; report: NoticeReport; diagnostics: Diagnostic[] };

/**
 * Read one notice and emit its plan; pure, so the ingest runs it on worker threads
 * (ingest-worker.ts) or on its own. An emit failure is the notice's error, naming the file.
 */
export function ingestTask({ file, bytes }: IngestTask): IngestedNotice {
  const outcome = readNotice(file, bytes);
  const report = reportNotice(file, outcome, null);
  if (!outcome.ok) return { ok: false, error: outcome.error, report, diagnostics: outcome.diagnostics };
  try {
    const place = unitPlace(outcome.plan);
    return { ok: true, report, diagnostics: outcome.diagnostics, claim: claimSlug(outcome.plan), place: place?.claim ?? null, files: emitSlugFree(outcome.plan, place) };
  } catch (error) {
    const failed = { ok: false, error: `${file}: internal error: ${(error as Error).message}`, diagnostics: outcome.diagnostics } as const;
    return { ...failed, report: reportNotice(file, failed, null) };
  }
}
