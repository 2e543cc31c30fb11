/** A worker thread of the ingest (scripts/ingest.ts): reads notices and emits their plans, as it is asked. */
import { movingBytes } from '../worker-pool.ts';
import { ingestTask, type IngestedNotice, type IngestTask } from './ingest-task.ts';

/** One notice; its files' bytes are moved to the main thread, not copied. */
export default function ingestOnThread(task: IngestTask): IngestedNotice {
  const notice = ingestTask(task);
  return notice.ok ? movingBytes(notice, notice.files.flatMap((file) => file.contents)) : notice;
}
