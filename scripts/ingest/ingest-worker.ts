/** A worker thread of the ingest (scripts/ingest.ts): reads notices and emits plans, as it is asked. */
import { ingestTask } from './ingest-task.ts';

export default ingestTask;
