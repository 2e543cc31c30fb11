/** Where a long step stands: what it is, how far, and since when. */
export interface ProgressState {
  /** The step, as its summary line names it ("ingest", "postbuild"). */
  label: string;
  done: number;
  total: number;
  /** What is counted ("notices", "files"). */
  unit: string;
  elapsedMs: number;
  /** What the step is doing now, when it has phases ("parsing", "pagefind index"). */
  doing?: string;
}

/** Under this, a rate is noise: say nothing about speed or time left yet. */
const MIN_ELAPSED_MS = 500;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * A duration for "time left": seconds, then minutes and seconds, then hours and minutes.
 * @example formatDuration(185_000) // '3 min 05 s'
 */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * One progress line: done / total, the share, the rate and the time left at that rate.
 * @example formatProgress({ label: 'ingest', done: 1200, total: 5000, unit: 'notices', elapsedMs: 15000 })
 * // 'ingest: 1,200 / 5,000 notices (24%) · 80/s · 48 s left'
 */
export function formatProgress({ label, done, total, unit, elapsedMs, doing }: ProgressState): string {
  const share = total > 0 ? Math.floor((100 * done) / total) : 100;
  const head = `${label}${doing ? ` (${doing})` : ''}: ${count(done)} / ${count(total)} ${unit} (${share}%)`;
  if (done === 0 || elapsedMs < MIN_ELAPSED_MS) return head;
  const perSecond = (1000 * done) / elapsedMs;
  const rate = perSecond >= 10 ? count(Math.round(perSecond)) : perSecond.toFixed(1);
  const left = done >= total ? 'done' : `${formatDuration(((total - done) / perSecond) * 1000)} left`;
  return `${head} · ${rate}/s · ${left}`;
}
