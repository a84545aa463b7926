import { describe, expect, it } from 'vitest';
import { parseTimeRange } from './audit.time';

describe('audit time filters (Asia/Shanghai)', () => {
  it('turns dates into whole Beijing days', () => {
    expect(parseTimeRange('2026-03-01', '2026-03-01')).toEqual({
      gte: new Date('2026-02-28T16:00:00.000Z'), lt: new Date('2026-03-01T16:00:00.000Z'),
    });
  });
  it('reads date-times without an offset as +08:00 and keeps explicit offsets', () => {
    expect(parseTimeRange('2026-03-01T08:30', '2026-03-01 09:00:05.123')).toEqual({
      gte: new Date('2026-03-01T00:30:00.000Z'), lte: new Date('2026-03-01T01:00:05.123Z'),
    });
    expect(parseTimeRange('2026-03-01T08:30:00Z').gte).toEqual(new Date('2026-03-01T08:30:00.000Z'));
    expect(parseTimeRange(undefined, '2026-03-01T08:30:00+0000').lte).toEqual(new Date('2026-03-01T08:30:00.000Z'));
  });
  it.each(['2026-02-30', '2026-13-01', 'yesterday', '2026-03-01T25:00', '2026/03/01'])('rejects %s with a field error', (bad) => {
    expect(() => parseTimeRange(bad)).toThrow(expect.objectContaining({ code: 'VALIDATION', fields: { from: expect.any(String) } }));
    expect(() => parseTimeRange(undefined, bad)).toThrow(expect.objectContaining({ fields: { to: expect.any(String) } }));
  });
  it('leaves absent bounds open', () => {
    expect(parseTimeRange()).toEqual({});
  });
});
