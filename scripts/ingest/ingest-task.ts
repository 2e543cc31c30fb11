import type { Plan } from '../../src/model/index.ts';
import { emitPlan } from '../emit/emit-plan.ts';
import type { EmittedFile } from '../emit/emitted-file.ts';
import { readNotice, type NoticeOutcome } from './read-notice.ts';

/** One piece of the ingest's CPU work: read a notice's bytes to a plan, or emit a plan's files. */
export type IngestTask = { kind: 'read'; file: string; bytes: Uint8Array } | { kind: 'emit'; plan: Plan };

export type IngestResult = { kind: 'read'; outcome: NoticeOutcome } | { kind: 'emit'; files: EmittedFile[] };

/** Do one task; pure, so the ingest runs it on worker threads (ingest-worker.ts) or on its own. */
export function ingestTask(task: IngestTask): IngestResult {
  return task.kind === 'read' ? { kind: 'read', outcome: readNotice(task.file, task.bytes) } : { kind: 'emit', files: emitPlan(task.plan) };
}
