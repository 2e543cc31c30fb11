import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './run-ingest.ts';

/** A running `astro dev` or `astro preview`: its URL, what it printed, and how to stop it. */
export interface AstroServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * A plain shell's environment: vitest fills this process's with its own (NODE_ENV=test, MODE,
 * DEV, SSR…), under which `astro dev` answers 404 to every page or builds unstyled ones.
 */
function shellEnvironment(): NodeJS.ProcessEnv {
  const kept = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TERM'];
  return Object.fromEntries(kept.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]]])));
}

/**
 * Start `astro <command>` as `npm run dev` / `npm run preview` do (Astro's own script, on this
 * Node), wait until it answers, and return it. `env` points it at a build or a cache folder.
 */
export async function startAstro(command: 'dev' | 'preview', env: NodeJS.ProcessEnv = {}): Promise<AstroServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), command, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...shellEnvironment(), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null) child.kill();
    await exited;
  };
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((done) => setTimeout(done, 250))) {
    if (child.exitCode !== null) throw new Error(`astro ${command} exited (code ${child.exitCode}):\n${output}`);
    if (await fetch(url).then(() => true, () => false)) return { url, output: () => output, stop };
  }
  await stop();
  throw new Error(`astro ${command} did not answer within 60 s:\n${output}`);
}
