import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { BUILD_PID_VARIABLE, processAlive } from '../../scripts/astro/exit-with-build.ts';
import { ROOT } from '../support/run-ingest.ts';

const GUARD = pathToFileURL(join(ROOT, 'scripts', 'astro', 'exit-with-build.ts')).href;

/** A stage that would run for a minute, guarded by exitWithBuild, with `env`. */
function stage(env: Record<string, string>): ChildProcess {
  const code = `import { exitWithBuild } from ${JSON.stringify(GUARD)}; exitWithBuild(); setTimeout(() => {}, 60_000);`;
  return spawn(process.execPath, ['--input-type=module', '-e', code], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** The stage's exit code and stderr, or 'running' when it has not ended within `ms`. */
function endOf(child: ChildProcess, ms: number): Promise<{ code: number | null; stderr: string } | 'running'> {
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((done) => {
    const timer = setTimeout(() => done('running'), ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

test('a stage ends itself soon after the build that started it is gone', async () => {
  const build = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 300)']);
  const guarded = stage({ [BUILD_PID_VARIABLE]: String(build.pid) });
  const end = await endOf(guarded, 5_000);
  expect(end).not.toBe('running');
  expect(end).toMatchObject({ code: 1, stderr: expect.stringMatching(/the build \(process \d+\) that started this stage is gone/) });
});

test('run on its own (no build named), a stage keeps running', async () => {
  const alone = stage({ [BUILD_PID_VARIABLE]: '' });
  expect(await endOf(alone, 1_500)).toBe('running');
  alone.kill();
});

test('processAlive: this process is; a process that ended is not', async () => {
  expect(processAlive(process.pid)).toBe(true);
  const ended = spawn(process.execPath, ['-e', '0']);
  await new Promise((done) => ended.on('close', done));
  expect(processAlive(ended.pid!)).toBe(false);
});
