/**
 * Column specs shared by export, template and import so that a module
 * (enterprises, mines, hazards …) describes its spreadsheet layout once.
 */

/** Values a column getter may produce; anything else must be converted by the module. */
export type CellInput = string | number | boolean | Date | null | undefined;

export interface ExcelColumn<Row> {
  /** Stable machine key; also the key of imported values. */
  key: string;
  /** Chinese header text. Import matches columns by this text, so keep it stable. */
  header: string;
  /** Column width in Excel character units. */
  width?: number;
  get: (row: Row) => CellInput;
  /** Example value shown in the template's 填写说明 sheet. */
  example?: string;
  /** Format / meaning hint shown in the template's 填写说明 sheet. */
  note?: string;
  required?: boolean;
  /**
   * Optional Excel number format for exported numbers/dates (e.g. '0.00').
   * Dates default to 'yyyy-mm-dd' (or with time when not midnight).
   */
  numFmt?: string;
}

/** The subset of a column spec the importer needs (an ExcelColumn satisfies it). */
export interface ImportColumn {
  key: string;
  header: string;
  required?: boolean;
}
