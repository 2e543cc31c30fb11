import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { remarkEscapeEsmKeywords } from './escape-esm-keywords.ts';

// The same syntax the site reads pages with (astro.config.mjs: MDX through unified(), GFM off),
// so the escapes written here are exactly the ones the site's parser honours.
const processor = remark().use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkEscapeEsmKeywords).freeze();

/** Serialize an MDX syntax tree to MDX source; text nodes come out escaped, never as syntax. */
export function serializeMdx(tree: Root): string {
  return processor.stringify(tree);
}
