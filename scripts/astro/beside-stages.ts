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
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_PID_VARIABLE } from './exit-with-build.ts';
import { figuresLine, GNU_TIME, GNU_TIME_FORMAT, readUsage, type BesideFigures } from './stage-usage.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** One stage: its name in logs and the bench's table, and its script (relative to the repository, or absolute). */
export interface BesideStage {
  stage: string;
  script: string;
}

/** Lines of a child's output kept with an error: enough to see why it failed. */
const TAIL_LINES = 40;

/** What a stage printed (without blank lines), and, when it succeeded, its figures; or why it failed. */
export interface BesideOutcome {
  stage: string;
  lines: string[];
  figures: BesideFigures | null;
  error: Error | null;
}

/** The file GNU time writes a stage's usage to (`-o`: never mixed into what the stage prints), read once it ends. */
function usageFile(dir: string, stage: string): { args: string[]; read: () => ReturnType<typeof readUsage> } {
  if (!existsSync(GNU_TIME)) return { args: [], read: () => null };
  const file = join(dir, `${stage.replace(/\W+/g, '-')}.time`);
  return {
    args: [GNU_TIME, '-o', file, '-f', GNU_TIME_FORMAT],
    read: () => (existsSync(file) ? readUsage(readFileSync(file, 'utf8')) : null),
  };
}

/** Run `stage` on `outDir`; resolve with what it printed and its figures, or with the error naming it and its output's tail. */
function runStage({ stage, script }: BesideStage, outDir: string, timesDir: string): Promise<BesideOutcome> {
  const started = performance.now();
  const usage = usageFile(timesDir, stage);
  return new Promise((done) => {
    const command = [...usage.args, process.execPath, resolve(ROOT, script), '--dist', outDir];
    // The stage ends itself when this build is gone (exit-with-build.ts): a signal to GNU time would not reach it.
    const env = { ...process.env, [BUILD_PID_VARIABLE]: String(process.pid) };
    const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    const fail = (error: Error, lines: string[]) => done({ stage, lines, figures: null, error });
    child.on('error', (error) => fail(error, []));
    child.on('close', (code, signal) => {
      // GNU time's own note of a failure ("Command exited with non-zero status 2") is not the stage's.
      const lines = output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('Command exited with'));
      if (code !== 0) {
        fail(new Error(`${stage} (${script}) failed (${signal ?? `exit ${code}`}):\n${lines.slice(-TAIL_LINES).join('\n')}`), lines);
        return;
      }
      const figures = usage.read();
      done({ stage, lines, figures: { stage, seconds: (performance.now() - started) / 1000, cpuSeconds: figures?.cpuSeconds ?? null, peakRssMb: figures?.peakRssMb ?? null }, error: null });
    });
  });
}

/** Stages started by startBesideStages. */
export interface BesideRun {
  /** Every stage's outcome, in `stages` order, once all have ended (a failed one does not stop the others). */
  finished: Promise<BesideOutcome[]>;
  /** The stages still running. */
  running(): string[];
}

/**
 * Start `stages` at once, writing into `outDir`. A stage still running when this build's process
 * is gone (the render failed, the build was stopped) ends itself (exit-with-build.ts).
 */
export function startBesideStages(stages: readonly BesideStage[], outDir: string): BesideRun {
  const runningStages = new Set(stages.map((stage) => stage.stage));
  const timesDir = mkdtempSync(join(tmpdir(), 'healthy-beside-'));
  const finished = Promise.all(
    stages.map(async (stage) => {
      const outcome = await runStage(stage, outDir, timesDir);
      runningStages.delete(stage.stage);
      return outcome;
    }),
  ).finally(() => rmSync(timesDir, { recursive: true, force: true }));
  return { finished, running: () => [...runningStages] };
}

/** The log lines of the stages' outcomes: each one's output, then its figures. */
export function outcomeLines(outcomes: readonly BesideOutcome[]): string[] {
  // A failed stage's output is in its error.
  return outcomes.flatMap((outcome) => (outcome.figures ? [...outcome.lines, figuresLine(outcome.figures)] : []));
}
