/**
 * What a stage run beside Astro's render cost, as one line: the child prints its own usage as it
 * exits (report-usage.ts), the integration logs it with the stage's name and wall time
 * (beside-stages.ts), and the bench reads that back into its table. Pure.
 */
import { stripVTControlCharacters } from 'node:util';

/** The marker the child's line starts with, on stderr. */
const USAGE_MARK = '__healthy_usage ';
/** The marker of the integration's log line, one a stage. */
const FIGURES_MARK = 'beside the pages: ';

/** CPU seconds (user + system) and peak resident memory in MB of one process. */
export interface Usage {
  cpuSeconds: number;
  peakRssMb: number;
}

/** A stage's name, wall time and usage. */
export interface BesideFigures extends Usage {
  stage: string;
  seconds: number;
}

/**
 * The usage line for Node's `process.resourceUsage()` (times in µs, maxRSS in KB).
 * @example usageLine({ userCPUTime: 2e6, systemCPUTime: 5e5, maxRSS: 204800 }) // '__healthy_usage {"cpuSeconds":2.5,"peakRssMb":200}'
 */
export function usageLine(usage: { userCPUTime: number; systemCPUTime: number; maxRSS: number }): string {
  const figures: Usage = { cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakRssMb: usage.maxRSS / 1024 };
  return USAGE_MARK + JSON.stringify(figures);
}

/** A child's output without its usage line, and the usage it gave (null when it gave none: it died, or ran elsewhere). */
export function splitUsage(output: string): { output: string; usage: Usage | null } {
  let usage: Usage | null = null;
  const kept = output.split('\n').filter((line) => {
    if (!line.startsWith(USAGE_MARK)) return true;
    usage = JSON.parse(line.slice(USAGE_MARK.length)) as Usage;
    return false;
  });
  return { output: kept.join('\n'), usage };
}

/**
 * The log line of a finished stage.
 * @example figuresLine({ stage: 'open data', seconds: 9.01, cpuSeconds: 7.5, peakRssMb: 412.4 }) // 'beside the pages: {"stage":"open data",…}'
 */
export function figuresLine(figures: BesideFigures): string {
  return FIGURES_MARK + JSON.stringify(figures);
}

/** Every stage's figures logged in `log` (Astro's output, perhaps coloured or prefixed), in order. */
export function readFiguresLines(log: string): BesideFigures[] {
  return stripVTControlCharacters(log).split('\n').flatMap((line) => {
    const at = line.indexOf(FIGURES_MARK);
    return at < 0 ? [] : [JSON.parse(line.slice(at + FIGURES_MARK.length)) as BesideFigures];
  });
}
