import { z } from 'zod';
import { safeText } from './text';

/** 法定节假日安排 per year (State Council schedule): rest days and make-up working days (调休上班). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD');

export const workCalendarYearParams = z.object({ year: z.coerce.number().int().min(2000, '年份无效').max(2100, '年份无效') });

export const workCalendarYearInput = z.object({
  /** official rest dates: every date of each holiday's range (weekends inside it included) */
  offDays: z.array(isoDate).max(120, '放假日期最多120天'),
  /** make-up working days: weekend dates that are worked */
  workDays: z.array(isoDate).max(30, '调休上班日期最多30天'),
  source: safeText({ label: '依据（通知名称、文号）', max: 500, min: 1, multiline: true }),
});
export type WorkCalendarYearInput = z.infer<typeof workCalendarYearInput>;

export const workCalendarYearOut = z.object({
  year: z.number(), offDays: z.array(z.string()), workDays: z.array(z.string()), source: z.string(), updatedAt: z.string(),
});
export type WorkCalendarYearOut = z.infer<typeof workCalendarYearOut>;
export const workCalendarList = z.object({ years: z.array(workCalendarYearOut) });
