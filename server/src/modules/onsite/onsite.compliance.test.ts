import { describe, expect, it } from 'vitest';
import { referenceCalendarYears } from '../../platform/calendar/calendar.reference';
import { buildCalendar } from '../../platform/calendar/working-days';
import { hoursOf, isCompliant, leaderResults, monthCalendar, roleSummaries, type DayRecord } from './onsite.compliance';
import { expectedWorkingDays, gb18030 } from './onsite.fixtures';
import { decodeCsv, parseCsv, parseDateTime, parseTime, parseUnderground } from './positioning.csv';

const cal = buildCalendar(referenceCalendarYears());
const rules = { minHours: 0, required: { actual_controller: 10, chief_engineer: 15 } };
const rec = (day: string, over: Partial<DayRecord> = {}): DayRecord => ({
  id: day, personId: 'e', day, arrival: null, departure: null, location: 'surface', source: 'declared', ...over,
});

describe('on-site compliance (pure)', () => {
  it('counts the working days of every month of 2025 and 2026 as the schedule in holidays.json says', () => {
    const expected = expectedWorkingDays();
    expect([...expected.keys()]).toHaveLength(24);
    for (const [m, n] of expected) expect(monthCalendar(m, cal).workingDays, m).toBe(n);
    expect(expected.get('2025-10')).toBe(18); // 23 weekdays, 6 of them off (1–8 Oct), Saturday 11 Oct worked
    expect(expected.get('2026-02')).toBe(16);
  });

  it('refuses to guess a month of a year without a schedule', () => {
    const mc = monthCalendar('2027-01', cal);
    expect(mc).toMatchObject({ scheduleMissing: '该年度法定节假日安排尚未录入（2027年）', workingDays: null });
    const [l] = leaderResults(mc, [{ personId: 'e', personName: '总工', position: 'chief_engineer', startDate: '2020-01-01', endDate: null }], [rec('2027-01-04')], rules);
    expect(l).toMatchObject({ counted: null, shortfall: null });
    expect(isCompliant(roleSummaries([l!], rules, true), true)).toBeNull();
  });

  it('counts a day only while the post was held, on working days, with enough hours', () => {
    const mc = monthCalendar('2025-10', cal);
    const spans = [{ personId: 'e', personName: '总工', position: 'chief_engineer', startDate: '2020-01-01', endDate: '2025-10-20' }];
    const records = [
      rec('2025-10-01'), // 国庆 holiday
      rec('2025-10-11'), // Saturday, 调休上班
      rec('2025-10-12'), // ordinary Sunday
      rec('2025-10-13', { arrival: '08:00', departure: '10:00' }),
      rec('2025-10-14', { arrival: '22:00', departure: '07:00' }), // overnight: 9 h
      rec('2025-10-21'), // after the post ended
    ];
    const counted = (minHours: number) => leaderResults(mc, spans, records, { ...rules, minHours })[0]!.records.filter((r) => r.counted).map((r) => r.day);
    expect(counted(0)).toEqual(['2025-10-11', '2025-10-13', '2025-10-14']);
    expect(counted(4)).toEqual(['2025-10-11', '2025-10-14']);
    expect(hoursOf({ arrival: '22:00', departure: '07:00' })).toBe(9);
    expect(hoursOf({ arrival: '08:00', departure: null })).toBeNull();
  });

  it('is non-compliant when a role has no holder', () => {
    const mc = monthCalendar('2026-03', cal);
    const days = Array.from({ length: 20 }, (_, i) => `2026-03-${String(i + 2).padStart(2, '0')}`);
    const leaders = leaderResults(mc, [{ personId: 'e', personName: '总工', position: 'chief_engineer', startDate: '2020-01-01', endDate: null }],
      days.map((d) => rec(d)), rules);
    const roles = roleSummaries(leaders, rules, false);
    expect(roles.find((r) => r.role === 'chief_engineer')).toMatchObject({ days: 15, holders: 1 });
    expect(isCompliant(roles, false)).toBe(false);
  });
});

describe('positioning CSV', () => {
  it('detects UTF-8 with and without BOM, and GB18030', () => {
    const text = '姓名,日期\n张三,2026-02-03\n';
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ encoding: 'utf-8-bom', text });
    expect(decodeCsv(Buffer.from(text))).toEqual({ encoding: 'utf-8', text });
    expect(decodeCsv(gb18030(text))).toEqual({ encoding: 'gb18030', text });
  });

  it('parses quoted fields, CRLF and tab-separated exports', () => {
    expect(parseCsv('a,"b,c","d ""e"""\r\n1,2,3\r\n\r\n')).toEqual([['a', 'b,c', 'd "e"'], ['1', '2', '3']]);
    expect(parseCsv('姓名\t日期\n张三\t2026-02-03')).toEqual([['姓名', '日期'], ['张三', '2026-02-03']]);
    expect(parseCsv('"多\n行",x')).toEqual([['多\n行', 'x']]);
  });

  it('reads dates, times and the underground flag in the usual spellings', () => {
    expect(parseDateTime('2026/2/3 8:05:00')).toEqual({ date: '2026-02-03', time: '08:05' });
    expect(parseDateTime('2026年2月3日')).toEqual({ date: '2026-02-03', time: null });
    expect(parseDateTime('20260203')).toEqual({ date: '2026-02-03', time: null });
    expect(parseDateTime('2026-02-30')).toBeNull();
    expect(parseTime('17:30')).toBe('17:30');
    expect(parseTime('2026-02-03 17:30:12')).toBe('17:30');
    expect(parseTime('25:00')).toBeUndefined();
    expect(parseTime('')).toBeNull();
    expect([parseUnderground('是'), parseUnderground('地面'), parseUnderground('1'), parseUnderground('也许')]).toEqual([true, false, true, undefined]);
  });
});
