/**
 * Build stages that read only the collection (content/) and write their own files into the output
 * folder — open data and the search index — run beside Astro's render rather than after it. Astro
 * renders on one thread, so on a two-core machine the other core is free for them: a cold build or
 * a rebuild no longer waits for them one after the other. Each is a child process of its own, all
 * started at once (a rebuild renders for about as long as both take, so neither waits for the
 * other), each under GNU time where the machine has it, so its cost can be logged; their
 * output is held until the build logs it at its end, so it never falls between the two writes of a
 * line of Astro's page log (the path, then the time or "(cached)"), which the bench and the
 * incremental gate read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { figuresLine, GNU_TIME, GNU_TIME_FORMAT, splitUsage, type BesideFigures } from './stage-usage.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** One stage: its name in logs and the bench's table, and its script (relative to the repository, or absolute). */
export interface BesideStage {
  stage: string;
  script: string;
}

/** Lines of a child's output kept with an error: enough to see why it failed. */
const TAIL_LINES = 40;

/** What a finished stage printed (without blank lines), and its figures. */
export interface BesideOutcome {
  lines: string[];
  figures: BesideFigures;
}

/** Run `stage` on `outDir`; resolve with its output and figures, or reject naming it, with its output's tail. */
function runStage({ stage, script }: BesideStage, outDir: string, children: Set<ChildProcess>): Promise<BesideOutcome> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const command = [process.execPath, resolve(ROOT, script), '--dist', outDir];
    const timed = existsSync(GNU_TIME) ? [GNU_TIME, '-f', GNU_TIME_FORMAT, ...command] : command;
    const child = spawn(timed[0]!, timed.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      children.delete(child);
      const { output: shown, usage } = splitUsage(output);
      // GNU time's own note of a failure ("Command exited with non-zero status 2") is not the stage's.
      const lines = shown.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('Command exited with'));
      if (code !== 0) {
        fail(new Error(`${stage} (${script}) failed (${signal ?? `exit ${code}`}):\n${lines.slice(-TAIL_LINES).join('\n')}`));
        return;
      }
      const figures = { stage, seconds: (performance.now() - started) / 1000, cpuSeconds: usage?.cpuSeconds ?? null, peakRssMb: usage?.peakRssMb ?? null };
      done({ lines: [...lines, figuresLine(figures)], figures });
    });
  });
}

/** Stages started by startBesideStages: wait for them all. */
export interface BesideRun {
  /** Every stage's output and figures once all have finished; rejects with the first (in `stages` order) that failed, once all have ended. */
  finished: Promise<BesideOutcome[]>;
}

/**
 * Start `stages` at once, writing into `outDir`. A stage still running when this process exits
 * (the render failed) is stopped with it.
 */
export function startBesideStages(stages: readonly BesideStage[], outDir: string): BesideRun {
  const children = new Set<ChildProcess>();
  const stopAll = () => children.forEach((child) => child.kill());
  process.once('exit', stopAll);
  const finished = (async () => {
    // Settled, not all: a failed stage's error waits for the others to end, so none outlives the build.
    const settled = await Promise.allSettled(stages.map((stage) => runStage(stage, outDir, children)));
    process.off('exit', stopAll);
    const failed = settled.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((outcome) => (outcome as PromiseFulfilledResult<BesideOutcome>).value);
  })();
  // Awaited at the end of the build; until then a failure must not count as unhandled.
  finished.catch(() => undefined);
  return { finished };
}
