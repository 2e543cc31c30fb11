import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** A policy parsed into its directives: name → source list, e.g. "script-src" → ["'self'", "'wasm-unsafe-eval'"]. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that govern a directive, falling back as CSP does (script-src → default-src). */
export function sourcesFor(directives: ReadonlyMap<string, string[]>, directive: string): string[] {
  return directives.get(directive) ?? directives.get('default-src') ?? [];
}

/** Why a policy would let injected code run, or [] when it does not: inline or eval'd script, inline style, any host. */
export function findPolicyWeaknesses(policy: string): string[] {
  const directives = parsePolicy(policy);
  const weaknesses: string[] = [];
  for (const directive of ['script-src', 'style-src']) {
    for (const source of sourcesFor(directives, directive)) {
      if (["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'data:', 'blob:', 'http:', 'https:'].includes(source)) {
        weaknesses.push(`${directive} allows ${source}`);
      }
    }
    if (sourcesFor(directives, directive).length === 0) weaknesses.push(`no ${directive} and no default-src`);
  }
  if (sourcesFor(directives, 'object-src').join(' ') !== "'none'") weaknesses.push("object-src is not 'none'");
  if (directives.get('base-uri')?.join(' ') !== "'none'" && directives.get('base-uri')?.join(' ') !== "'self'") weaknesses.push('no base-uri');
  return weaknesses;
}

/** The CSP <meta> elements of a page, in document order. */
function policyMetas(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'meta' && String(node.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy') found.push(node);
  });
  return found;
}

/**
 * What in a built page breaks the site's policy or would be refused by it: a page without exactly
 * one CSP <meta> ahead of every script and stylesheet; inline scripts, event handler attributes,
 * javascript: URLs, <style> elements and style attributes (the policy allows none of them).
 */
export function findPolicyProblems(tree: Root, expectedPolicy: string): string[] {
  const problems: string[] = [];
  const metas = policyMetas(tree);
  if (metas.length !== 1) problems.push(`${metas.length} CSP <meta> elements`);
  else if (metas[0]!.properties['content'] !== expectedPolicy) problems.push(`CSP is ${JSON.stringify(metas[0]!.properties['content'])}`);
  let policySeen = false;
  visit(tree, 'element', (node: Element) => {
    const { tagName: tag, properties } = node;
    if (metas.includes(node)) policySeen = true;
    const loads = tag === 'script' || tag === 'style' || (tag === 'link' && String(properties['rel'] ?? '').includes('stylesheet'));
    if (loads && !policySeen) problems.push(`<${tag}> before the CSP <meta>`);
    if (tag === 'script' && typeof properties['src'] !== 'string') problems.push('inline <script>');
    if (tag === 'style') problems.push('<style> element');
    if ('style' in properties) problems.push(`style attribute on <${tag}>`);
    for (const name of Object.keys(properties)) {
      if (/^on[a-z]/i.test(name)) problems.push(`event handler ${name} on <${tag}>`);
      const value = properties[name];
      if (typeof value === 'string' && /^\s*javascript:/i.test(value)) problems.push(`javascript: URL in <${tag} ${name}>`);
    }
  });
  return problems;
}
