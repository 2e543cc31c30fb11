import type { Processor } from 'unified';

/**
 * A remark-stringify plugin that keeps a paragraph line starting with `import ` or `export ` from
 * being read back as MDX ESM (which would run it as code, or fail the build when it is not JavaScript).
 * mdast-util-mdxjs-esm declares no unsafe pattern for this, so the first letter is written as a
 * character reference (`&#x69;mport …`), which MDX reads back as the plain letter.
 */
export function remarkEscapeEsmKeywords(this: Processor): undefined {
  const data = this.data();
  // The ESM construct only starts at column 1 of a line (micromark-extension-mdxjs-esm), i.e. at a break.
  (data.toMarkdownExtensions ??= []).push({
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport ', inConstruct: 'phrasing' },
      { character: 'e', atBreak: true, after: 'xport ', inConstruct: 'phrasing' },
    ],
  });
}
