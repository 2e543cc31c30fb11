/**
 * CSV as RFC 4180 writes it, for spreadsheet software: UTF-8 with a byte order mark (without it,
 * Excel reads UTF-8 as the local code page and Chinese turns to mojibake), CRLF line ends, and a
 * field quoted when it holds a comma, a double quote or a line break, its quotes doubled.
 */

/** The byte order mark that tells spreadsheet software the file is UTF-8. */
export const BOM = '\uFEFF';

/** One cell's value: lists are joined with "|" (docs/open-data.md), null is an empty cell. */
export type CsvValue = string | number | boolean | null | readonly string[];

/** The separator of a list within one cell. */
export const LIST_SEPARATOR = '|';

/**
 * One field, quoted only when it must be.
 * @example escapeCsvField('慈溪市,“健康”') // '"慈溪市,“健康”"'
 * @example escapeCsvField('say "hi"') // '"say ""hi"""'
 */
export function escapeCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A value as the text of its cell: numbers in plain decimal, booleans as true/false, lists joined. */
export function formatCsvValue(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.join(LIST_SEPARATOR);
}

/**
 * A whole CSV file: the BOM, a header line of `columns`, then one line per row, each line ended by CRLF.
 * @example toCsv(['plan', 'metric'], [{ plan: 'cixi-2020', metric: '孕产妇死亡率' }]) // "\uFEFFplan,metric\r\ncixi-2020,孕产妇死亡率\r\n"
 */
export function toCsv<Row extends Record<string, CsvValue>>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  const line = (fields: readonly string[]) => `${fields.map(escapeCsvField).join(',')}\r\n`;
  return BOM + line(columns) + rows.map((row) => line(columns.map((column) => formatCsvValue(row[column])))).join('');
}
