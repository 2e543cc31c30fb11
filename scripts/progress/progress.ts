/**
 * Progress of a long step on a terminal: one line on stderr, redrawn in place at most every
 * REDRAW_MS, cleared before the step's summary. Silent unless a person is watching: stderr is a
 * TTY, CI is not set, --quiet was not given (a CI log or a test's captured output must not fill
 * with redrawn lines).
 */
import { formatProgress } from './format-progress.ts';

const REDRAW_MS = 200;

/** Whether to draw progress: on a terminal, outside CI, without --quiet. */
export function showsProgress(quiet: boolean, stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env['CI'] !== undefined && !['', '0', 'false'].includes(env['CI'].toLowerCase());
  return stream.isTTY === true && !ci && !quiet;
}

/** A counter that draws itself; every method does nothing when progress is not shown. */
export class Progress {
  private readonly label: string;
  private unit: string;
  private readonly shown: boolean;
  private total: number;
  private started = performance.now();
  private done = 0;
  private drawnAt = -Infinity;
  private doing: string | undefined;

  /** `total` units of `unit` for the step `label`; `shown` from showsProgress. */
  constructor(label: string, total: number, unit: string, shown: boolean) {
    this.label = label;
    this.total = total;
    this.unit = unit;
    this.shown = shown;
  }

  /** Start a phase named `doing` of `total` units (of `unit`, else the same as before), counted afresh. */
  phase(doing: string, total: number, unit = this.unit): void {
    this.doing = doing;
    this.unit = unit;
    this.started = performance.now();
    this.done = 0;
    this.total = total;
    this.draw(true);
  }

  /** Name what is being done now, within the same count (a step of a step-counted stage). */
  now(doing: string): void {
    this.doing = doing;
    this.draw(true);
  }

  /** Count `n` units done. */
  tick(n = 1): void {
    this.done += n;
    this.draw(this.done === this.total);
  }

  /** Clear the line, so what the step prints next starts clean. */
  end(): void {
    if (this.shown && this.drawnAt > -Infinity) process.stderr.write('\r\x1b[K');
    this.drawnAt = -Infinity;
  }

  private draw(force: boolean): void {
    if (!this.shown) return;
    const now = performance.now();
    if (!force && now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    const line = formatProgress({ label: this.label, done: this.done, total: this.total, unit: this.unit, elapsedMs: now - this.started, doing: this.doing });
    process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 80) - 1)}\x1b[K`);
  }
}
