/**
 * An Astro integration that keeps each plan text's compiled MDX between builds. Vite compiles every
 * .mdx module again in each build (it has no cache across runs): at 1,000 notices that is about 10 s
 * of a rebuild's one thread for the 999 texts that did not change. The compile of @astrojs/mdx's
 * plugin ("@mdx-js/rolldown") depends on the file's path and text, the markdown config
 * (astro.config.mjs), the compiling libraries as installed (their package.json versions; the
 * lockfile for the libraries they call), whether source maps are on, and one variable the markdown
 * library reads (ASTRO_PERFORMANCE_BENCHMARK drops its heading plugins). Its result is stored under
 * a hash of all of these and of this file in the cache folder, and read back when they are the
 * same. Astro's later steps (its MDX post-processing, bundling) run as before on the same code, so
 * the pages are byte for byte the same. Entries no build used are removed when a build ends. The
 * cache only saves time: an entry it cannot read is compiled again, one it cannot write is skipped.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeVersion } from '../code-version.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Files whose text decides a compile besides the MDX text: the markdown config, the locked libraries, this file. */
const COMPILER_FILES = ['astro.config.mjs', 'package-lock.json', 'scripts/astro/mdx-compile-cache.ts'];
/** The libraries that compile MDX: their installed versions, whatever the lockfile says. */
const COMPILER_PACKAGES = ['astro', '@astrojs/mdx', '@astrojs/markdown-remark', '@mdx-js/mdx'];
/** Variables the compiling libraries read. */
const COMPILER_VARIABLES = ['ASTRO_PERFORMANCE_BENCHMARK'];
/** The plugin of @astrojs/mdx that compiles an .mdx module. */
const MDX_PLUGIN = '@mdx-js/rolldown';
const FOLDER = 'mdx-compile';
/** A half-written entry younger than this may be another build's, still writing. */
const PARTIAL_MS = 10 * 60_000;

/** A transform hook's handler, as the MDX plugin has it. */
type TransformHandler = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<unknown>;

/** The store of compiled texts: a folder of JSON files named by key, and what this build did with it. */
export interface CompileStore {
  folder: string;
  used: Set<string>;
  /** Texts read back, compiled (then stored), and compiled but not stored (the folder could not be written). */
  counts: { reused: number; compiled: number; unstored: number };
}

/** The key of one compile: the compiler's version, the module id, its text. */
export const compileKey = (compiler: string, id: string, code: string): string =>
  createHash('sha256').update(compiler).update('\0').update(id).update('\0').update(code).digest('hex');

/** The installed version of `name` at the top of node_modules; "?" where it is not there (the lockfile still counts). */
async function installedVersion(name: string): Promise<string> {
  return readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')
    .then((text) => (JSON.parse(text) as { version: string }).version)
    .catch(() => '?');
}

/** The version of the compiler: a hash of COMPILER_FILES, COMPILER_PACKAGES' versions, COMPILER_VARIABLES and `sourcemap`. */
export async function compilerVersion(sourcemap: unknown): Promise<string> {
  const versions = await Promise.all(COMPILER_PACKAGES.map(async (name) => `${name}@${await installedVersion(name)}`));
  const variables = COMPILER_VARIABLES.map((name) => `${name}=${process.env[name] ?? ''}`);
  return createHash('sha256')
    .update(JSON.stringify([await codeVersion(ROOT, COMPILER_FILES), versions, variables, sourcemap ?? null]))
    .digest('hex');
}

/**
 * `handler` with its results kept in `store` under compileKey: a stored result is returned as it
 * was stored (JSON: the MDX plugin's result is code, a null map and plain metadata); an unreadable
 * entry is compiled again. Written through a temporary name of its own, so a build killed
 * mid-write, or another build writing the same entry, leaves no half entry.
 */
export function cachedCompile(handler: TransformHandler, store: CompileStore, compiler: string | Promise<string>): TransformHandler {
  return async function (this: unknown, code: string, id: string, ...rest: unknown[]) {
    const key = compileKey(await compiler, id, code);
    const file = join(store.folder, `${key}.json`);
    store.used.add(key);
    const stored: unknown = await readFile(file, 'utf8')
      .then((text) => JSON.parse(text) as unknown)
      .catch(() => null);
    if (stored !== null) {
      store.counts.reused += 1;
      return stored;
    }
    const result = await handler.call(this, code, id, ...rest);
    const partial = `${file}.${randomUUID()}.partial`;
    try {
      await mkdir(store.folder, { recursive: true });
      await writeFile(partial, JSON.stringify(result));
      await rename(partial, file);
      store.counts.compiled += 1;
    } catch {
      await rm(partial, { force: true }).catch(() => {});
      store.counts.unstored += 1;
    }
    return result;
  };
}

/**
 * Remove the entries of `store` this build did not use (texts since changed or removed), and
 * half-written ones old enough not to be another build's; returns how many entries it removed.
 */
export async function pruneUnused(store: CompileStore, now = Date.now()): Promise<number> {
  const names = await readdir(store.folder).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const entry = /^([0-9a-f]{64})\.json$/.exec(name);
    // A half-written entry may be renamed by its build meanwhile: then it is not there to remove.
    const written = entry ? 0 : ((await stat(join(store.folder, name)).catch(() => null))?.mtimeMs ?? now);
    const stale = entry ? !store.used.has(entry[1]!) : name.endsWith('.partial') && now - written > PARTIAL_MS;
    if (!stale) continue;
    // Throws where the folder cannot be written: the caller warns.
    await rm(join(store.folder, name), { force: true });
    if (entry) removed += 1;
  }
  return removed;
}

/** The integration: see the module comment. */
export function mdxCompileCache(): AstroIntegration {
  const store: CompileStore = { folder: '', used: new Set(), counts: { reused: 0, compiled: 0, unstored: 0 } };
  // The plugin object is shared by Vite's environments: wrapped once.
  const wrapped = new WeakSet<object>();
  let found = false;
  return {
    name: 'healthy:mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'healthy:mdx-compile-cache',
                apply: 'build',
                configResolved(resolved) {
                  const mdx = resolved.plugins.find((plugin) => plugin.name === MDX_PLUGIN);
                  const transform = mdx?.transform;
                  if (!mdx || typeof transform !== 'object' || transform === null || typeof transform.handler !== 'function') return;
                  found = true;
                  if (wrapped.has(mdx)) return;
                  wrapped.add(mdx);
                  // Wrapped at once; each compile waits for the version (Vite awaits no transform before this hook returns).
                  const compiler = compilerVersion(resolved.build.sourcemap);
                  transform.handler = cachedCompile(transform.handler as TransformHandler, store, compiler) as typeof transform.handler;
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        store.folder = join(fileURLToPath(config.cacheDir), FOLDER);
      },
      'astro:build:start': () => {
        // One process may build twice (tests): each build's own entries and counts.
        store.used.clear();
        store.counts = { reused: 0, compiled: 0, unstored: 0 };
      },
      'astro:build:done': async ({ logger }) => {
        if (!found) {
          logger.warn(`the MDX texts were compiled without the cache: @astrojs/mdx's plugin "${MDX_PLUGIN}" was not found (renamed in a new version?)`);
          return;
        }
        if (store.used.size === 0) return;
        let pruned = '';
        try {
          pruned = `; ${await pruneUnused(store)} old entries removed`;
        } catch (error) {
          // The cache only saves time: a folder that cannot be cleaned must not stop the build.
          logger.warn(`could not remove old entries of ${store.folder}: ${(error as Error).message}`);
        }
        const { reused, compiled, unstored } = store.counts;
        logger.info(
          `MDX texts: ${reused} compiled as in the last build, ${compiled + unstored} compiled` +
            `${unstored > 0 ? ` (${unstored} not kept: ${store.folder} could not be written)` : ''}${pruned}`,
        );
      },
    },
  };
}
