/**
 * What a stage run beside Astro's render cost, as one line: GNU time prints the usage of the stage
 * and of every process it waited for (Pagefind's own, for the search index) as it exits, the
 * integration logs it with the stage's name and wall time (beside-stages.ts), and the bench reads
 * that back into its table. Pure.
 */
import { stripVTControlCharacters } from 'node:util';

/** Where GNU time is installed (Debian's `time` package); without it a stage's usage is not known. */
export const GNU_TIME = '/usr/bin/time';
/** The marker the usage line starts with, on the stage's stderr. */
const USAGE_MARK = '__healthy_usage ';
/** The marker of the integration's log line, one a stage. */
const FIGURES_MARK = 'beside the pages: ';

/** CPU seconds (user + system) and peak resident memory in MB of a stage's largest process. */
export interface Usage {
  cpuSeconds: number;
  peakRssMb: number;
}

/** A stage's name, wall time and usage (null where GNU time is missing). */
export interface BesideFigures {
  stage: string;
  seconds: number;
  cpuSeconds: number | null;
  peakRssMb: number | null;
}

/** GNU time's `-f` format: the usage line, last on the stage's stderr. */
export const GNU_TIME_FORMAT = `${USAGE_MARK}{"userSeconds":%U,"systemSeconds":%S,"maxRssKb":%M}`;

/** A stage's output without GNU time's usage line, and the usage it gave (null without one: no GNU time, or it was killed). */
export function splitUsage(output: string): { output: string; usage: Usage | null } {
  let usage: Usage | null = null;
  const kept = output.split('\n').filter((line) => {
    if (!line.startsWith(USAGE_MARK)) return true;
    const { userSeconds, systemSeconds, maxRssKb } = JSON.parse(line.slice(USAGE_MARK.length)) as { userSeconds: number; systemSeconds: number; maxRssKb: number };
    usage = { cpuSeconds: userSeconds + systemSeconds, peakRssMb: maxRssKb / 1024 };
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
