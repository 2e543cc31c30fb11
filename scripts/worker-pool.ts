/**
 * Work spread over worker threads, results in input order: the build's CPU-bound steps (parsing
 * notices, rewriting and compressing pages) use every core this way. A worker script calls
 * serveWorker(fn); the main thread makes a WorkerPool of it and maps inputs through it.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** Inputs in flight per thread: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_THREAD = 16;

interface Pending<O> {
  resolve: (output: O) => void;
  reject: (error: Error) => void;
}

/** One worker thread and the inputs it has been sent and not yet answered. */
class PoolThread<I, O> {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending<O>>();
  /** Why the thread can take no more work (it failed or exited), or null while it runs. */
  failure: Error | null = null;

  constructor(script: URL, workerData: unknown) {
    this.worker = new Worker(script, { workerData });
    this.worker.on('message', ({ id, output, error }: { id: number; output?: O; error?: string }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined) waiting?.reject(new Error(error));
      else waiting?.resolve(output as O);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('messageerror', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`worker ${script.pathname} exited (code ${code})`)));
  }

  /** The thread is done for: every input it holds fails, and it takes no more. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  run(id: number, input: I): Promise<O> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, input });
    });
  }
}

/** Answer the pool's messages in a worker script: each input through `fn`, a thrown error as a message. */
export function serveWorker<I, O>(fn: (input: I) => O | Promise<O>): void {
  if (!parentPort) throw new Error('serveWorker: not in a worker thread');
  const port = parentPort;
  port.on('message', async ({ id, input }: { id: number; input: I }) => {
    try {
      port.postMessage({ id, output: await fn(input) });
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}

/**
 * Threads running one worker script. With one thread or fewer, `local` (the same function the
 * script serves) runs on this thread instead, so a one-core machine pays no worker overhead.
 */
export class WorkerPool<I, O> {
  private readonly threads: PoolThread<I, O>[];
  private readonly local: (input: I) => O | Promise<O>;

  constructor(script: URL, workerData: unknown, threads: number, local: (input: I) => O | Promise<O>) {
    this.threads = threads > 1 ? Array.from({ length: threads }, () => new PoolThread<I, O>(script, workerData)) : [];
    this.local = local;
  }

  /** Every input through the workers, yielded in input order; each goes to the thread with the fewest waiting. */
  async *map(inputs: readonly I[]): AsyncGenerator<O> {
    if (this.threads.length === 0) {
      for (const input of inputs) yield await this.local(input);
      return;
    }
    const window = IN_FLIGHT_PER_THREAD * this.threads.length;
    const results = new Map<number, Promise<O>>();
    const launch = (id: number) => {
      // A failed thread takes no more work; when all have failed, the next input fails with them.
      const live = this.threads.filter((thread) => !thread.failure);
      const idlest = (live.length > 0 ? live : this.threads).reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const output = idlest.run(id, inputs[id]!);
      // Marked as handled now; a failure surfaces when its turn comes below.
      output.catch(() => {});
      results.set(id, output);
    };
    for (let id = 0; id < Math.min(window, inputs.length); id++) launch(id);
    for (let id = 0; id < inputs.length; id++) {
      const output = await results.get(id)!;
      results.delete(id);
      if (id + window < inputs.length) launch(id + window);
      yield output;
    }
  }

  /** Stop the threads. */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }
}
