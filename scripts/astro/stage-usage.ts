/**
 * What a stage run beside Astro's render cost, as one line: GNU time writes the usage of the stage
 * and of every process it waited for (Pagefind's own, for the search index) as it exits, the
 * integration logs it with the stage's name and wall time (beside-stages.ts), and the bench reads
 * that back into its table. Pure.
 */
import { stripVTControlCharacters } from 'node:util';

/** Where GNU time is installed (Debian's `time` package); without it a stage's usage is not known. */
export const GNU_TIME = '/usr/bin/time';
/** The marker the usage line starts with, in GNU time's `-o` file. */
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

/** GNU time's `-f` format: the usage line of its `-o` file. */
export const GNU_TIME_FORMAT = `${USAGE_MARK}{"userSeconds":%U,"systemSeconds":%S,"maxRssKb":%M}`;

/** The usage GNU time wrote (its `-o` file, in GNU_TIME_FORMAT), or null when it wrote none (killed, or no GNU time). */
export function readUsage(text: string): Usage | null {
  const line = text.split('\n').find((candidate) => candidate.startsWith(USAGE_MARK));
  if (line === undefined) return null;
  const { userSeconds, systemSeconds, maxRssKb } = JSON.parse(line.slice(USAGE_MARK.length)) as { userSeconds: number; systemSeconds: number; maxRssKb: number };
  return { cpuSeconds: userSeconds + systemSeconds, peakRssMb: maxRssKb / 1024 };
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

/** The marker of the line that gives the astro build's own peak, its process alone. */
const OWN_PEAK_MARK = "astro's own peak: ";

/**
 * The log line of the astro process's own peak memory, from Node's `maxRSS` (KB): GNU time's figure
 * for the astro build is the largest process of its tree, a stage beside it included.
 * @example ownPeakLine(2_048_000) // "astro's own peak: 2000 MB"
 */
export function ownPeakLine(maxRssKb: number): string {
  return `${OWN_PEAK_MARK}${Math.round(maxRssKb / 1024)} MB`;
}

/** The astro build's own peak in MB from its log, or null when it logged none (it failed before the end). */
export function readOwnPeakMb(log: string): number | null {
  const match = new RegExp(`${OWN_PEAK_MARK}(\\d+) MB`).exec(stripVTControlCharacters(log));
  return match ? Number(match[1]) : null;
}

