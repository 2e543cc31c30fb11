/** One file the emit stage produces: a path under content/ and its full text. */
export type EmittedFile = {
  /** POSIX path relative to the content root, e.g. "plans/yinzhou-2018.mdx". */
  path: string;
  contents: string;
};
