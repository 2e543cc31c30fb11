import { expect, test } from 'vitest';
import { WorkerPool } from '../scripts/worker-pool.ts';

type Input = { value: string; delay: number };
const SCRIPT = new URL('./fixtures/workers/echo-worker.ts', import.meta.url);
const local = ({ value }: Input) => value.toUpperCase();

/** Every output of one map, or the error it failed with. */
async function collect(pool: WorkerPool<Input, string>, inputs: Input[]): Promise<string[] | Error> {
  const out: string[] = [];
  try {
    for await (const output of pool.map(inputs)) out.push(output);
    return out;
  } catch (error) {
    return error as Error;
  } finally {
    await pool.close();
  }
}

test('outputs come in input order, whichever thread finishes first', async () => {
  // Early inputs are slow, late ones fast: the threads finish them out of order.
  const inputs = Array.from({ length: 40 }, (_, i) => ({ value: `v${i}`, delay: i < 4 ? 60 : i % 3 }));
  const out = await collect(new WorkerPool<Input, string>(SCRIPT, null, 2, local), inputs);
  expect(out).toEqual(inputs.map(({ value }) => value.toUpperCase()));
});

test('one thread or fewer runs the function here, with the same outputs', async () => {
  const inputs = [{ value: 'a', delay: 0 }, { value: 'b', delay: 0 }];
  expect(await collect(new WorkerPool<Input, string>(SCRIPT, null, 1, local), inputs)).toEqual(['A', 'B']);
});

test('an error thrown in a worker fails the map with its message', async () => {
  const inputs = [{ value: 'a', delay: 0 }, { value: 'throw', delay: 0 }, { value: 'c', delay: 0 }];
  const out = await collect(new WorkerPool<Input, string>(SCRIPT, null, 2, local), inputs);
  expect(out).toBeInstanceOf(Error);
  expect((out as Error).message).toContain('asked to throw');
});

test('a worker that exits fails the map instead of hanging it', async () => {
  const inputs = Array.from({ length: 30 }, (_, i) => ({ value: i === 5 ? 'exit' : `v${i}`, delay: 5 }));
  const out = await collect(new WorkerPool<Input, string>(SCRIPT, null, 2, local), inputs);
  expect(out).toBeInstanceOf(Error);
  expect((out as Error).message).toMatch(/exited with code: 3/);
}, 20_000);

test('bytes a worker moves arrive whole; a Buffer from the shared pool is copied, not taken from the worker', async () => {
  const script = new URL('./fixtures/workers/bytes-worker.ts', import.meta.url);
  const pool = new WorkerPool<string, { value: string; parts: Uint8Array[] }>(script, null, 2, () => ({ value: '', parts: [] }));
  const inputs = Array.from({ length: 30 }, (_, i) => `青岚区第${i}号`);
  const out = [];
  try {
    for await (const output of pool.map(inputs)) out.push(output);
  } finally {
    await pool.close();
  }
  expect(out.map(({ value, parts }) => [value, ...parts.map((part) => Buffer.from(part).toString('utf8'))])).toEqual(
    inputs.map((value) => [value, value, `${value}!`, value.slice(0, 2)]),
  );
});
