/**
 * The folder of the page being rendered, read by url() to write links relative to it. Outside a
 * page's render (the build scripts, a page's getStaticPaths, the dev server, the 404 page) there is
 * none and url() writes root-absolute URLs. This module holds no state of its own and imports
 * nothing from Node, so the modules that call url() load anywhere; the scope itself lives in
 * render-scope.ts, on the server only.
 */

let readPageDir: () => string | undefined = () => undefined;

/** The folder of the page being rendered now ("plans/yinzhou-2018/", "" for the home page), if any. */
export function currentPageDir(): string | undefined {
  return readPageDir();
}

/** Install where the current page's folder is read from (render-scope.ts, once, when it loads). */
export function installPageDirReader(reader: () => string | undefined): void {
  readPageDir = reader;
}
