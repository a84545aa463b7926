/** Public API of the shared Excel layer; modules import from here only. */
export type { CellInput, ExcelColumn, ImportColumn } from './columns';
export { escapeCell, escapeText, csvField, safeSheetName, MAX_CELL_CHARS, type SafeCell } from './safe-cell';
export {
  writeXlsxStream,
  DEFAULT_MAX_ROWS_PER_SHEET,
  type XlsxExportOptions,
  type ExportResult,
} from './export';
export { writeCsvStream, type CsvExportOptions } from './export-csv';
export { buildTemplate, INSTRUCTIONS_SHEET, type TemplateColumn, type TemplateOptions } from './template';
export { ExcelLimitError, type ExcelLimitReason } from './limit-error';
export {
  inspectXlsx,
  verifyXlsxEntries,
  checkXlsx,
  DEFAULT_XLSX_LIMITS,
  type XlsxLimits,
  type XlsxInspection,
} from './xlsx-limits';
export {
  readSheetRows,
  normalizeHeader,
  DEFAULT_MAX_IMPORT_ROWS,
  type SheetRow,
  type ReadSheetResult,
  type ReadSheetOptions,
} from './import';
export {
  validateRows,
  type RowError,
  type ParseResult,
  type ValidateOptions,
  type ValidateResult,
  type ImportReport,
} from './validate';
