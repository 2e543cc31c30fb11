import { readFiguresLines, readOwnPeakMb } from '../astro/stage-usage.ts';
import type { StageFigures } from './measure.ts';

/**
 * The astro build's figures as the tables show them, from GNU time's and its log: the stages run
 * beside its render (scripts/astro/beside-stages.ts) each on a row of their own, and the astro row
 * with its own CPU (GNU time counts the stages' in it) and its own process's peak (GNU time gives
 * the largest process of its tree, which may be Pagefind's). Pure.
 */
export function splitAstroStage(astro: StageFigures, log: string): StageFigures[] {
  const beside = readFiguresLines(log).map((figures): StageFigures => ({ ...figures, ok: true, beside: true }));
  const besideCpu = beside.reduce((sum, stage) => sum + (stage.cpuSeconds ?? 0), 0);
  const own: StageFigures = { ...astro, cpuSeconds: astro.cpuSeconds === null ? null : astro.cpuSeconds - besideCpu, peakRssMb: readOwnPeakMb(log) ?? astro.peakRssMb };
  return [own, ...beside];
}

/**
 * The most memory the build holds at once, at most: the largest of its stages one after another,
 * where the astro build counts with the stages beside it (their peaks added, as if they met). MB.
 */
export function peakAtOnceMb(stages: readonly StageFigures[]): number {
  const beside = stages.filter((stage) => stage.beside).reduce((sum, stage) => sum + (stage.peakRssMb ?? 0), 0);
  return Math.max(0, ...stages.filter((stage) => !stage.beside).map((stage) => (stage.peakRssMb ?? 0) + (stage.stage === 'astro build' ? beside : 0)));
}
