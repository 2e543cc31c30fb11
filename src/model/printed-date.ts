import { z } from 'zod';

/** A date as the notice prints it, with its ISO reading (null when unreadable). */
export const PrintedDateSchema = z.object({
  iso: z.iso.date().nullable(),
  printed: z.string(),
  /** True when the ISO reading is a guess from a damaged form (e.g. "201761"). */
  guessed: z.boolean(),
});

export type PrintedDate = z.output<typeof PrintedDateSchema>;
