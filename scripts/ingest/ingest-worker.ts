/** A worker thread of the ingest (scripts/ingest.ts): reads notices and emits plans, as it is asked. */
import { serveWorker } from '../worker-pool.ts';
import { ingestTask, type IngestTask, type IngestResult } from './ingest-task.ts';

serveWorker<IngestTask, IngestResult>(ingestTask);
