import postcss from 'postcss';
import valueParser from 'postcss-value-parser';
import { relativeUrl } from './relative-url.ts';

function rewriteValue(value: string, fromFile: string): string {
  if (!/url\(|image-set\(/i.test(value)) return value;
  const parsed = valueParser(value);
  parsed.walk((node) => {
    if (node.type !== 'function' || node.value.toLowerCase() !== 'url') return;
    const arg = node.nodes[0];
    if (!arg) return;
    const rewritten = relativeUrl(fromFile, arg.value, { document: false });
    if (rewritten !== null) arg.value = rewritten;
  });
  return parsed.toString();
}

/**
 * Make every url() and @import of a stylesheet relative to the file it is in, by parsing the
 * CSS (postcss) rather than matching text. `fromFile` is the path of the .css file or of the
 * HTML page holding an inline style.
 */
export function relativizeCss(css: string, fromFile: string): string {
  const root = postcss.parse(css);
  root.walkDecls((decl) => {
    decl.value = rewriteValue(decl.value, fromFile);
  });
  root.walkAtRules('import', (rule) => {
    const parsed = valueParser(rule.params);
    const first = parsed.nodes[0];
    if (first?.type === 'string') {
      const rewritten = relativeUrl(fromFile, first.value, { document: false });
      if (rewritten !== null) first.value = rewritten;
      rule.params = parsed.toString();
    } else {
      rule.params = rewriteValue(rule.params, fromFile);
    }
  });
  return root.toString();
}
