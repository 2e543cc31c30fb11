import { Worker } from 'node:worker_threads';
import { passFile, type PassCache, type PassedFile } from './file-pass.ts';

/** Files in flight at once: enough to keep every thread busy, few enough to bound memory. */
const WINDOW = 32;

interface Pending {
  resolve: (passed: PassedFile) => void;
  reject: (error: Error) => void;
}

/** One worker thread and the files it has been sent and not yet answered. */
class PassWorker {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();

  constructor(dist: string, cache: PassCache | null) {
    this.worker = new Worker(new URL('./pass-worker.ts', import.meta.url), { workerData: { dist, cache } });
    this.worker.on('message', ({ id, passed, error }: { id: number; passed?: PassedFile; error?: string }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined) waiting?.reject(new Error(error));
      else waiting?.resolve(passed!);
    });
    this.worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
  }

  pass(id: number, path: string): Promise<PassedFile> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, path });
    });
  }
}

/**
 * Pass every file (file-pass.ts) on `threads` worker threads, yielding the results in the order of
 * `paths` so the zip is the same whatever thread finished first. Each file goes to the thread with
 * the fewest files waiting. With one thread, files are passed on this one.
 */
export async function* passFiles(dist: string, paths: readonly string[], cache: PassCache | null, threads: number): AsyncGenerator<PassedFile> {
  if (threads <= 1) {
    for (const path of paths) yield await passFile(dist, path, cache);
    return;
  }
  const workers = Array.from({ length: threads }, () => new PassWorker(dist, cache));
  const results = new Map<number, Promise<PassedFile>>();
  const launch = (id: number) => {
    const idlest = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const passed = idlest.pass(id, paths[id]!);
    // Marked as handled now; a failure surfaces when its turn comes below.
    passed.catch(() => {});
    results.set(id, passed);
  };
  try {
    for (let id = 0; id < Math.min(WINDOW, paths.length); id++) launch(id);
    for (let id = 0; id < paths.length; id++) {
      const passed = await results.get(id)!;
      results.delete(id);
      if (id + WINDOW < paths.length) launch(id + WINDOW);
      yield passed;
    }
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
