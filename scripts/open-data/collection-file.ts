import { serializeDataset } from '../../src/lib/open-data/datasets.ts';
import type { DataFormat, DatasetName } from '../../src/model/index.ts';

/** What a collection file is written with: its opening, then each part handed on, then its close. */
export interface CollectionFileWriter {
  write(text: string): void;
}

/**
 * One dataset of the whole collection (data/all/<dataset>.<format>) made from the plans' own files
 * of that dataset as they are written, so the collection's rows are never held or serialized
 * again: its file holds exactly the plans' rows in the order of the plans, and is byte for byte
 * what serializeDataset gives for all those rows at once. A CSV file is the BOM and header, then
 * each plan's lines; a JSON array is each plan's array without its brackets, the parts joined by
 * ",\n" (JSON.stringify indents an element the same whichever array holds it).
 */
export class CollectionFile {
  private readonly format: DataFormat;
  private readonly out: CollectionFileWriter;
  private parts = 0;

  constructor(dataset: DatasetName, format: DataFormat, out: CollectionFileWriter) {
    this.format = format;
    this.out = out;
    // The opening an empty collection's file has too: the header of a CSV, the bracket of JSON.
    if (format === 'csv') out.write(serializeDataset(dataset, [], 'csv'));
    else out.write('[');
  }

  /** Add one plan's file of this dataset and format (serializeDataset's output). */
  add(planFile: string): void {
    if (this.format === 'csv') {
      // The BOM and the header line (column names: no line break inside) come off.
      this.out.write(planFile.slice(planFile.indexOf('\r\n') + 2));
      return;
    }
    // "[]\n" holds no rows; otherwise "[\n  {…},\n  {…}\n]\n" gives "  {…},\n  {…}".
    if (planFile === '[]\n') return;
    this.out.write(`${this.parts++ === 0 ? '\n' : ',\n'}${planFile.slice(2, -3)}`);
  }

  /** Close the file's text. */
  end(): void {
    if (this.format === 'json') this.out.write(this.parts === 0 ? ']\n' : '\n]\n');
  }
}
