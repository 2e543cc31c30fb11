import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** A running static server: its base URL (ending in "/") and how to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Content types of the files a built site holds; anything else is served as bytes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function sendFile(res: ServerResponse, file: string, status: number, head: boolean): void {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, { 'content-type': type, 'content-length': statSync(file).size });
  if (head) res.end();
  else createReadStream(file).pipe(res);
}

/**
 * Serve `root` at `base` (default "/") on 127.0.0.1 and a free port, as a static host does:
 * a folder answers with its index.html (redirecting to the slashed URL first), a missing
 * file with root/404.html and status 404.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const top = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return void res.writeHead(405).end();
    const { pathname } = new URL(req.url ?? '/', 'http://host');
    const notFound = () => {
      const page = join(top, '404.html');
      if (statOrNull(page)?.isFile()) sendFile(res, page, 404, head);
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
    };
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound();
    let path: string;
    try {
      path = resolve(top, `.${decodeURIComponent(pathname.slice(prefix.length - 1))}`);
    } catch {
      return notFound(); // a malformed percent-escape names no file
    }
    if (path !== top && !path.startsWith(top + sep)) return notFound();
    const stats = statOrNull(path);
    if (stats?.isDirectory()) {
      if (!pathname.endsWith('/')) return void res.writeHead(301, { location: `${pathname}/` }).end();
      const index = join(path, 'index.html');
      return statOrNull(index)?.isFile() ? sendFile(res, index, 200, head) : notFound();
    }
    return stats?.isFile() ? sendFile(res, path, 200, head) : notFound();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
