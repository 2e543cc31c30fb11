/** The emit stage: plan models in, content/ files out (MDX pages and JSON data), as strings. */
export { emitContent } from './emit-content.ts';
export { emitPlan } from './emit-plan.ts';
export { emitThemes } from './emit-themes.ts';
export type { EmittedFile } from './emitted-file.ts';
