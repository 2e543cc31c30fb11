import type { ThemeSlug } from '../../src/model/insight.ts';
import type { ThemeRule } from './themes.ts';

/** How often one theme's keywords occur in a text, and the keyword that occurs first. */
export interface ThemeMatch {
  theme: ThemeSlug;
  keyword: string;
  count: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Patterns {
  text: RegExp;
  title: RegExp;
  except: RegExp | null;
  /**
   * Whether any keyword of each kind occurs, for a quick test before the patterns run: one
   * regular expression tests a text about three times faster than a search per keyword.
   */
  any: Record<'title' | 'text', RegExp>;
}

const patterns = new WeakMap<ThemeRule, Patterns>();

// Longest first, so 食品安全 wins over 食品 where both start.
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

function patternsOf(rule: ThemeRule): Patterns {
  let p = patterns.get(rule);
  if (!p) {
    p = {
      text: new RegExp(alternation(rule.keywords), 'g'),
      title: new RegExp(alternation([...rule.keywords, ...(rule.titleKeywords ?? [])]), 'g'),
      except: rule.except?.length ? new RegExp(alternation(rule.except), 'g') : null,
      // Not global: test() then keeps no position from one text to the next.
      any: { text: new RegExp(alternation(rule.keywords)), title: new RegExp(alternation([...rule.keywords, ...(rule.titleKeywords ?? [])])) },
    };
    patterns.set(rule, p);
  }
  return p;
}

/**
 * The themes whose keywords occur in a Simplified text, in taxonomy order, with the count of
 * mentions (keywords printed back to back are one mention). A theme's exceptions are blanked out first; a title or
 * heading also counts the theme's title keywords.
 * @example matchThemes('加强公共场所禁烟管理和毒品危害教育', THEMES, 'text') // [{ theme: 'tobacco-alcohol', keyword: '禁烟', count: 1 }]
 */
export function matchThemes(text: string, rules: readonly ThemeRule[], kind: 'title' | 'text'): ThemeMatch[] {
  const out: ThemeMatch[] = [];
  for (const rule of rules) {
    const { except, any, ...p } = patternsOf(rule);
    // Most texts name few of the themes: a theme none of whose words occur is passed over.
    if (!any[kind].test(text)) continue;
    const keywords = p[kind];
    // Blank rather than delete, so the text on either side cannot join into a keyword.
    const haystack = except ? text.replace(except, (m) => '□'.repeat(m.length)) : text;
    let count = 0;
    let first = '';
    let end = -1;
    for (const m of haystack.matchAll(keywords)) {
      // Keywords printed back to back (家庭医生签约服务) are one mention.
      if (m.index !== end) count++;
      if (!first) first = m[0];
      end = m.index + m[0].length;
    }
    if (count > 0) out.push({ theme: rule.slug, keyword: first, count });
  }
  return out;
}
