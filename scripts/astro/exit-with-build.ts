/**
 * A stage run beside Astro's render (beside-stages.ts) must not outlive the build that started it:
 * a build that failed or was stopped would otherwise leave it writing into the output folder while
 * the next build empties it, and its files, newer than that build's start, would pass for the new
 * build's. GNU time stands between the two processes and passes no signal on, so the stage itself
 * watches for the build's process and ends when it is gone.
 */

/** The variable that names the build's process to a stage it started. */
export const BUILD_PID_VARIABLE = 'HEALTHY_BUILD_PID';
/** How often a stage looks: a stage left over ends within this long. */
const CHECK_MS = 500;

/** Whether the process `pid` still runs (one this user cannot signal still runs). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When `env` names the build that started this stage, end this process once that build is gone. Run standalone, nothing. */
export function exitWithBuild(env: NodeJS.ProcessEnv = process.env): void {
  const pid = Number(env[BUILD_PID_VARIABLE]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const timer = setInterval(() => {
    if (processAlive(pid)) return;
    console.error(`the build (process ${pid}) that started this stage is gone: stopping`);
    process.exit(1);
  }, CHECK_MS);
  // Never what keeps the stage running.
  timer.unref();
}
