import type { z } from 'zod';
import { DATASET_ROW_SCHEMAS, type DatasetName } from '../../model/index.ts';

/** The kind of value a column holds, as the data page and docs/open-data.md name it. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'list' | 'date';

/** One column of a dataset: its name, kind of value and whether a cell may be empty (null in JSON). */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

// Reads zod 4's public definition objects (`def.type`, `format`); the row schemas use only these kinds.
function kindOf(schema: z.ZodType): { type: ColumnType; nullable: boolean } {
  const def = schema.def as { type: string; innerType?: z.ZodType };
  if (def.type === 'nullable' && def.innerType) return { ...kindOf(def.innerType), nullable: true };
  const format = (schema as { format?: string | null }).format;
  if (def.type === 'number') return { type: format === 'safeint' ? 'integer' : 'number', nullable: false };
  if (def.type === 'boolean') return { type: 'boolean', nullable: false };
  if (def.type === 'array') return { type: 'list', nullable: false };
  if (def.type === 'string' && format === 'date') return { type: 'date', nullable: false };
  if (def.type === 'string' || def.type === 'enum') return { type: 'string', nullable: false };
  throw new Error(`no column type for a zod ${def.type}`);
}

/** The columns of a dataset, in CSV order, read from its row schema. */
export function datasetColumnSpecs(name: DatasetName): ColumnSpec[] {
  return Object.entries(DATASET_ROW_SCHEMAS[name].shape).map(([column, schema]) => ({ name: column, ...kindOf(schema as z.ZodType) }));
}
