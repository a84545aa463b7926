import { AppError } from '../errors';

export type ExcelLimitReason = 'too_large' | 'zip_bomb' | 'invalid';

export const LIMIT_MESSAGES: Record<ExcelLimitReason, string> = {
  too_large: '文件过大',
  zip_bomb: '文件解压后过大，疑似压缩炸弹',
  invalid: '不是有效的Excel（.xlsx）文件',
};

/**
 * Raised before exceljs sees an upload. Extends AppError so the HTTP layer
 * answers 413 (too big / bomb) or 415 (not an .xlsx) without extra mapping;
 * `reason` lets callers and tests tell the cases apart.
 */
export class ExcelLimitError extends AppError {
  constructor(
    readonly reason: ExcelLimitReason,
    detail?: string,
  ) {
    super(
      reason === 'invalid' ? 'UNSUPPORTED_MEDIA' : 'PAYLOAD_TOO_LARGE',
      detail ? `${LIMIT_MESSAGES[reason]}（${detail}）` : LIMIT_MESSAGES[reason],
    );
    this.name = 'ExcelLimitError';
  }
}
