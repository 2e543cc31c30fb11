import { FunctionGroupSchema, type FunctionGroup } from '../../model/index.ts';

/** Function groups in the taxonomy's order (卫生健康 first, 其他 last); collectives (null) after them all. */
export function compareFunctions(a: FunctionGroup | null, b: FunctionGroup | null): number {
  return rank(a) - rank(b);
}

function rank(group: FunctionGroup | null): number {
  return group === null ? FunctionGroupSchema.options.length : FunctionGroupSchema.options.indexOf(group);
}

/** The id of a function group's section on the function page, from its place in the taxonomy: "fn-1" for 卫生健康, "fn-collective" for collectives. */
export function functionAnchor(group: FunctionGroup | null): string {
  return group === null ? 'fn-collective' : `fn-${FunctionGroupSchema.options.indexOf(group) + 1}`;
}
