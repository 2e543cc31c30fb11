import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { GNU_TIME } from '../astro/stage-usage.ts';

/** Wall time and peak resident memory of one stage of the build. */
export interface StageFigures {
  stage: string;
  seconds: number;
  /** Peak RSS in MB of the stage's largest process, from GNU time; null where it is missing. */
  peakRssMb: number | null;
  /**
   * CPU seconds (user + system, every thread) from GNU time; null where it is missing. On a shared
   * machine the wall time depends on the other work, this much less: two threads doing the
   * same work show the same CPU seconds in less wall time.
   */
  cpuSeconds: number | null;
  ok: boolean;
  /** Run beside Astro's render, within the astro stage's wall time (scripts/astro/beside-stages.ts). */
  beside?: boolean;
}

/** Run a command as one stage of the build and measure it; its standard output goes to `onOutput` when given. */
export function measureStage(stage: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, onOutput?: (stdout: string) => void): StageFigures {
  const withTime = existsSync(GNU_TIME);
  const start = performance.now();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-f', '__PEAK_KB=%M __CPU_S=%U+%S', command, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  const peak = /__PEAK_KB=(\d+)/.exec(result.stderr ?? '');
  const cpu = /__CPU_S=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? '');
  onOutput?.(result.stdout ?? '');
  if (result.status !== 0) process.stderr.write(`${stage} failed:\n${(result.stderr ?? '').slice(-4000)}\n`);
  return { stage, seconds, peakRssMb: peak ? Number(peak[1]) / 1024 : null, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, ok: result.status === 0 };
}
