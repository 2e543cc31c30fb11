/**
 * Loaded into a stage run beside Astro's render (`node --import`, beside-stages.ts): as the process
 * exits, print its own CPU time and peak memory on stderr, for the integration to log. The stage's
 * own code knows nothing of it.
 */
import { usageLine } from './stage-usage.ts';

process.on('exit', () => {
  process.stderr.write(`\n${usageLine(process.resourceUsage())}\n`);
});
