import { z } from 'zod';

/** Every kind of finding the parser reports instead of silently fixing the text. */
export const DiagnosticCodeSchema = z.enum([
  'inferred-number', // a numbered heading whose number was lost in the scrape
  'numbering-conflict', // a printed number that repeats or runs backwards
  'numbering-gap', // a printed number skips one nobody could recover
  'numbering-typo', // e.g. "(四))" or "5 .提升"
  'unit-typo', // a printed unit name corrected to a known unit of the same plan
  'unit-alias', // an abbreviation or variant linked to a fuller name
  'unit-list-unclosed', // a role list whose bracket never closes
  'unit-list-unopened', // a role list whose opening bracket was lost (…引领市委宣传部)), or printed with none
  'unit-split', // two unit names printed without the 、 between them (省委宣传部省科技厅)
  'action-without-units', // an action at the action level with no unit list found
  'mojibake', // a garbled run of characters
  'truncated', // the text probably stops before its end
  'guessed-date', // a date read from a damaged form such as "201761"
  'lost-dash', // "20182019年": a range whose dash was lost
  'missing-field', // a field the genre expects (title, document number…) not found
  'attachment-not-included', // an attachment named but not part of the scrape
  'pinyin-gloss', // pinyin glosses a mirror added after characters (發(fā)布), dropped
]);

/** How much a diagnostic matters to a reader. */
export const SeveritySchema = z.enum(['info', 'warning', 'error']);

/** One finding, located in its source file and line. */
export const DiagnosticSchema = z.object({
  code: DiagnosticCodeSchema,
  severity: SeveritySchema,
  message: z.string(),
  file: z.string(),
  line: z.number().int().nonnegative(),
});

export type DiagnosticCode = z.output<typeof DiagnosticCodeSchema>;
export type Severity = z.output<typeof SeveritySchema>;
export type Diagnostic = z.output<typeof DiagnosticSchema>;
