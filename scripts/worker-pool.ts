/**
 * Work spread over worker threads, results in input order: the build's CPU-bound steps (parsing
 * notices, rewriting and compressing pages) use every core this way. A worker script's default
 * export is the function; the main thread makes a WorkerPool of it and maps inputs through it.
 * The threads are Piscina's (piscinajs/piscina): it fails the tasks of a thread that dies (an
 * exit, an uncaught error) and replaces the thread, so a map never hangs on a lost input.
 */
import { Piscina, move, transferableSymbol, valueSymbol } from 'piscina';

/** Inputs in flight per thread: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_THREAD = 16;

/**
 * Threads running one worker script. With one thread or fewer, `local` (the same function the
 * script exports) runs on this thread instead, so a one-core machine pays no worker overhead.
 */
export class WorkerPool<I, O> {
  private readonly piscina: Piscina | null;
  private readonly threads: number;
  private readonly local: (input: I) => O | Promise<O>;

  constructor(script: URL, workerData: unknown, threads: number, local: (input: I) => O | Promise<O>) {
    this.threads = threads;
    this.piscina = threads > 1 ? new Piscina({ filename: script.href, workerData, minThreads: threads, maxThreads: threads }) : null;
    this.local = local;
  }

  /** Every input through the workers, yielded in input order, with a bounded number in flight. */
  async *map(inputs: readonly I[]): AsyncGenerator<O> {
    const piscina = this.piscina;
    if (!piscina) {
      for (const input of inputs) yield await this.local(input);
      return;
    }
    const window = IN_FLIGHT_PER_THREAD * this.threads;
    const results = new Map<number, Promise<O>>();
    const launch = (id: number) => {
      const output = piscina.run(inputs[id]) as Promise<O>;
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
    await this.piscina?.destroy();
  }
}

/**
 * A worker's result whose byte arrays are moved to the main thread rather than copied (Piscina's
 * Transferable interface); typed as the result itself, which is what the main thread receives.
 * An array that views only part of its buffer (Node's pool of small Buffers) is copied.
 */
export function movingBytes<T extends object>(result: T, bytes: readonly Uint8Array[]): T {
  const whole = bytes.filter((array) => array.byteOffset === 0 && array.byteLength === array.buffer.byteLength);
  const buffers = [...new Set(whole.map((array) => array.buffer))];
  return move({ [transferableSymbol]: buffers, [valueSymbol]: result } as never) as T;
}
