import { z } from 'zod';

/** A numbered unit of work and who is responsible for it. */
export const ActionSchema = z.object({
  /** The clause id of the action's node. */
  id: z.string(),
  /** Citation path of the clause numbers, e.g. "一、(二)3.". */
  number: z.string(),
  title: z.string(),
  /** Unit slugs leading, in printed order, without repeats. */
  lead: z.array(z.string()),
  /** Unit slugs participating, in printed order, without repeats. */
  participating: z.array(z.string()),
  /** Indexes into the plan's assignments. */
  assignments: z.array(z.number().int().nonnegative()),
});

export type Action = z.output<typeof ActionSchema>;
