import { ThemeSchema, type Theme } from '../../src/model/index.ts';
import type { EmittedFile } from './emitted-file.ts';
import { stringifyStableJson } from './stable-json.ts';

/**
 * The theme taxonomy as a data collection (`themes.json`: one entry per theme, `id` = slug),
 * so pages can name and describe themes without importing the build's rules.
 */
export function emitThemes(themes: readonly Theme[]): EmittedFile {
  const entries = themes.map((theme) => ({ id: theme.slug, ...ThemeSchema.parse(theme) }));
  return { path: 'themes.json', contents: stringifyStableJson(entries) };
}
