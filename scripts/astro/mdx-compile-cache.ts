/**
 * An Astro integration that keeps each plan text's compiled MDX between builds. Vite compiles every
 * .mdx module again in each build (it has no cache across runs): at 1,000 notices that is about 10 s
 * of a rebuild's one thread for the 999 texts that did not change. The compile of @astrojs/mdx's
 * plugin ("@mdx-js/rolldown") is a pure function of the file's path, its text, the markdown config
 * (astro.config.mjs) and the libraries (package-lock.json), so its result is stored under a hash of
 * all four in the cache folder and read back when they are the same. Astro's later steps (its MDX
 * post-processing, bundling) run as before on the same code, so the pages are byte for byte the same.
 * Entries no build used are removed when the build ends.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeVersion } from '../code-version.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** The code a compiled text depends on besides its own text: the markdown config and the locked libraries. */
const COMPILER_CODE = ['astro.config.mjs', 'package-lock.json', 'scripts/astro/mdx-compile-cache.ts'];
/** The plugin of @astrojs/mdx that compiles an .mdx module. */
const MDX_PLUGIN = '@mdx-js/rolldown';
const FOLDER = 'mdx-compile';

/** A transform hook's handler, as the MDX plugin has it. */
type TransformHandler = (this: unknown, code: string, id: string) => Promise<unknown>;

/** The store of compiled texts: a folder of JSON files named by key, and the keys this build used. */
export interface CompileStore {
  folder: string;
  used: Set<string>;
  /** Texts read back, and compiled (then stored). */
  counts: { reused: number; compiled: number };
}

/** The key of one compile: the compiler's code, the module id, its text. */
export const compileKey = (compiler: string, id: string, code: string): string =>
  createHash('sha256').update(compiler).update('\0').update(id).update('\0').update(code).digest('hex');

/**
 * `handler` with its results kept in `store` under compileKey: a stored result is returned as it
 * was stored (JSON: the MDX plugin's result is code, a null map and plain metadata); an unreadable
 * entry is compiled again. Written through a temporary name, so a build killed mid-write leaves no
 * half entry.
 */
export function cachedCompile(handler: TransformHandler, store: CompileStore, compiler: string): TransformHandler {
  return async function (this: unknown, code: string, id: string) {
    const key = compileKey(compiler, id, code);
    const file = join(store.folder, `${key}.json`);
    store.used.add(key);
    const stored: unknown = await readFile(file, 'utf8')
      .then((text) => JSON.parse(text) as unknown)
      .catch(() => null);
    if (stored !== null) {
      store.counts.reused += 1;
      return stored;
    }
    const result = await handler.call(this, code, id);
    store.counts.compiled += 1;
    await mkdir(store.folder, { recursive: true });
    await writeFile(`${file}.partial`, JSON.stringify(result));
    await rename(`${file}.partial`, file);
    return result;
  };
}

/** Remove the entries of `store` this build did not use (texts since changed or removed); returns how many. */
export async function pruneUnused(store: CompileStore): Promise<number> {
  const names = await readdir(store.folder).catch(() => [] as string[]);
  const unused = names.filter((name) => !store.used.has(name.replace(/\.json$/, '')));
  await Promise.all(unused.map((name) => rm(join(store.folder, name), { force: true })));
  return unused.length;
}

/** The integration: see the module comment. */
export function mdxCompileCache(): AstroIntegration {
  const store: CompileStore = { folder: '', used: new Set(), counts: { reused: 0, compiled: 0 } };
  const compiler = codeVersion(ROOT, COMPILER_CODE);
  // The plugin object is shared by Vite's environments: wrapped once.
  const wrapped = new WeakSet<object>();
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
                async configResolved(resolved) {
                  const mdx = resolved.plugins.find((plugin) => plugin.name === MDX_PLUGIN);
                  const transform = mdx?.transform;
                  if (!mdx || wrapped.has(mdx) || typeof transform !== 'object' || transform === null) return;
                  wrapped.add(mdx);
                  transform.handler = cachedCompile(transform.handler as TransformHandler, store, await compiler) as typeof transform.handler;
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        store.folder = join(fileURLToPath(config.cacheDir), FOLDER);
      },
      'astro:build:done': async ({ logger }) => {
        if (store.used.size === 0) return;
        const pruned = await pruneUnused(store);
        logger.info(`MDX texts: ${store.counts.reused} compiled as in the last build, ${store.counts.compiled} compiled; ${pruned} old entries removed`);
      },
    },
  };
}
