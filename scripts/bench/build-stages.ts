/**
 * The stages of `npm run build` (package.json's "a && b && c"), pointed at the folders of one
 * shard: what each runs, under the name the bench tables use. Read from package.json so a step
 * added to the build is built for every shard too. Pure.
 */

/** Where one shard's build reads and writes. */
export interface ShardFolders {
  notices: string;
  content: string;
  /** The ingest's cache, the shard's own: a bench's first build parses every notice. */
  ingestCache: string;
  dist: string;
  zip: string;
  /** The other shards' roots relative to this one's, for its search page to merge (search-index.ts --merge). */
  merge: readonly string[];
}

/** One stage: its name in the tables, the command (an executable of node_modules/.bin or node) with its arguments, and variables it needs besides the shard's. */
export interface BuildStage {
  stage: string;
  run: { bin: 'node' | 'astro'; args: string[]; env?: Record<string, string> };
}

const ASSIGNMENT = /^([A-Za-z_]\w*)=(\S*)\s+/;

/**
 * A step's leading variable assignments and the command after them, as the shell reads
 * "A=1 astro build" (values without spaces or quotes).
 * @example stepEnv('MIMALLOC_PURGE_DELAY=0 astro build') // { env: { MIMALLOC_PURGE_DELAY: '0' }, command: 'astro build' }
 */
export function stepEnv(step: string): { env: Record<string, string>; command: string } {
  const env: Record<string, string> = {};
  let command = step.trim();
  let match: RegExpExecArray | null;
  while ((match = ASSIGNMENT.exec(command))) {
    env[match[1]!] = match[2]!;
    command = command.slice(match[0].length);
  }
  return { env, command };
}

/** The variables the build script sets for its `astro build` step (package.json's "build"). */
export function astroStepEnv(build: string): Record<string, string> {
  return build.split('&&').map(stepEnv).find((step) => step.command === 'astro build')?.env ?? {};
}

const NAMES: Readonly<Record<string, string>> = { 'open-data': 'open data', 'search-index': 'search index', postbuild: 'relative + zip' };

/**
 * The stages of the build script `build`, for `folders`; throws on a step it cannot point elsewhere.
 * @example buildStages('npm run ingest -- --quiet && astro build', folders).map((s) => s.stage) // ['ingest', 'astro build']
 */
export function buildStages(build: string, folders: ShardFolders): BuildStage[] {
  return build.split('&&').map((step): BuildStage => {
    const { env: stepVars, command } = stepEnv(step);
    if (command.startsWith('npm run ingest')) {
      return { stage: 'ingest', run: { bin: 'node', args: ['scripts/ingest.ts', '--in', folders.notices, '--out', folders.content, '--cache', folders.ingestCache, '--quiet'] } };
    }
    if (command === 'astro build') {
      // The search index runs beside the render (astro.config.mjs), so the other shards go by the variable search-index.ts reads.
      const vars = { ...stepVars, ...(folders.merge.length > 0 ? { HEALTHY_SEARCH_MERGE: folders.merge.join(' ') } : {}) };
      // Not --silent: its log gives the figures of the stages beside the render.
      return { stage: 'astro build', run: { bin: 'astro', args: ['build'], ...(Object.keys(vars).length > 0 ? { env: vars } : {}) } };
    }
    const script = /^node (scripts\/([\w-]+)\.ts)$/.exec(command);
    if (!script) throw new Error(`the bench cannot point the build step "${command}" at a shard's folders`);
    const [, file, name] = script as unknown as [string, string, string];
    const extra =
      name === 'search-index' ? folders.merge.flatMap((path) => ['--merge', path]) : name === 'postbuild' ? ['--zip', folders.zip] : [];
    return { stage: NAMES[name] ?? name, run: { bin: 'node', args: [file, '--dist', folders.dist, ...extra] } };
  });
}
