import { z } from 'zod';

/** Lead (牵头) or participating (参与/配合/责任/按职责分工负责). */
export const RoleSchema = z.enum(['lead', 'participating']);

/** One unit named in a unit list, with the role words printed for it. */
export const UnitRefSchema = z.object({
  /** The name exactly as printed. */
  printed: z.string(),
  /** Slug of the resolved unit. */
  unit: z.string(),
  role: RoleSchema,
  /** The role as printed: 牵头单位, 参与单位, 责任单位, 牵头, 按职责分工负责, or "" for a bare list. */
  roleLabel: z.string(),
});

/** A unit list and the text it assigns. */
export const AssignmentSchema = z.object({
  /** The clause the list belongs to. */
  clauseId: z.string(),
  /** The text the list covers: the sentences before it, or the whole clause. */
  covers: z.string(),
  /** The list exactly as printed, brackets included. */
  printed: z.string(),
  line: z.number().int().positive(),
  units: z.array(UnitRefSchema),
});

export type Role = z.output<typeof RoleSchema>;
export type UnitRef = z.output<typeof UnitRefSchema>;
export type Assignment = z.output<typeof AssignmentSchema>;
