/** One physical row of a CSV or worksheet, cells as text, before any field meaning. */
export interface SheetRow {
  /** CSV: the line the record starts on (header = 1). XLSX: the sheet's row number. */
  line: number;
  cells: string[];
}

/** The file as a whole cannot be read further (wrong encoding, broken quoting, not an XLSX). */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
