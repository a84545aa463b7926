import { describe, expect, it } from 'vitest';
import { referenceCalendarYears } from './calendar.reference';
import { addCalendarDays, addWorkingDays, buildCalendar, isWorkingDay, NoScheduleError } from './working-days';

const cal = buildCalendar(referenceCalendarYears());

describe('official working days (reference-data/holidays.json)', () => {
  it('loads 2025 and 2026 with every date of each holiday range as an off day', () => {
    const y2025 = referenceCalendarYears().find((y) => y.year === 2025)!;
    expect(y2025.offDays).toContain('2025-02-01'); // a Saturday inside 春节
    expect(y2025.offDays).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
    expect(y2025.workDays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
  });

  it('Spring Festival 2025: the holiday is off, the make-up Sunday before it is worked', () => {
    expect(isWorkingDay('2025-01-27', cal)).toBe(true); // Monday before
    expect(isWorkingDay('2025-01-28', cal)).toBe(false);
    expect(isWorkingDay('2025-02-04', cal)).toBe(false); // Tuesday, still 春节
    expect(isWorkingDay('2025-01-26', cal)).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay('2025-02-08', cal)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2025-02-09', cal)).toBe(false); // ordinary Sunday
  });

  it('National Day 2025 with its 调休 Sunday and Saturday', () => {
    // Fri 26 Sep + 10: Sun 28 (1), 29, 30, [1–8 Oct off], 9, 10, Sat 11 (6), 13, 14, 15, 16 (10)
    expect(addWorkingDays('2025-09-26', 10, cal)).toEqual({ ok: true, date: '2025-10-16' });
    expect(addWorkingDays('2025-09-30', 1, cal)).toEqual({ ok: true, date: '2025-10-09' });
  });

  it('Spring Festival 2026: Saturday 14 Feb is worked, 15–23 Feb are off', () => {
    expect(addWorkingDays('2026-02-13', 1, cal)).toEqual({ ok: true, date: '2026-02-14' });
    expect(addWorkingDays('2026-02-13', 2, cal)).toEqual({ ok: true, date: '2026-02-24' });
    expect(isWorkingDay('2026-02-28', cal)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2026-10-10', cal)).toBe(true);
    expect(isWorkingDay('2026-10-07', cal)).toBe(false);
  });

  it('n = 0 is the start date; an ordinary week counts Monday–Friday', () => {
    expect(addWorkingDays('2026-03-06', 0, cal)).toEqual({ ok: true, date: '2026-03-06' });
    expect(addWorkingDays('2026-03-06', 5, cal)).toEqual({ ok: true, date: '2026-03-13' });
  });

  it('refuses a span that needs a year without a schedule, and never guesses Monday–Friday', () => {
    expect(addWorkingDays('2026-12-30', 1, cal)).toEqual({ ok: true, date: '2026-12-31' });
    expect(addWorkingDays('2026-12-25', 10, cal)).toEqual({ ok: false, year: 2027, message: '该年度法定节假日安排尚未录入（2027年）' });
    expect(() => isWorkingDay('2027-03-01', cal)).toThrow(NoScheduleError);
    expect(() => isWorkingDay('2024-06-03', cal)).toThrow('该年度法定节假日安排尚未录入（2024年）');
  });

  it('adds calendar days across months and leap years', () => {
    expect(addCalendarDays('2025-12-25', 10)).toBe('2026-01-04');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(() => addCalendarDays('2025-02-30', 1)).toThrow(RangeError);
  });
});
