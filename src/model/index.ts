/** The one model of the product, shared by the ingest and the Astro collections. */
export * from './action.ts';
export * from './assignment.ts';
export * from './citation.ts';
export * from './clause.ts';
export * from './diagnostic.ts';
export * from './insight.ts';
export * from './line-record.ts';
export * from './open-data.ts';
export * from './plan.ts';
export * from './printed-date.ts';
export * from './unit.ts';
