import { describe, expect, it } from 'vitest';
import { closeRing, pointWkt, polygonsToMultiPolygonWkt, ringToWkt, squareAround, toMultiPolygonWkt } from './polygon';

describe('WKT helpers', () => {
  it('closes an open ring and leaves a closed one alone', () => {
    const open = [[108, 31], [108.01, 31], [108.01, 31.01]];
    expect(ringToWkt(open)).toBe('(108 31, 108.01 31, 108.01 31.01, 108 31)');
    expect(ringToWkt(closeRing(open))).toBe(ringToWkt(open));
    expect(open).toHaveLength(3); // input not modified
  });

  it('builds one polygon per ring', () => {
    const a = [[0, 0], [1, 0], [1, 1], [0, 0]];
    const b = [[5, 5], [6, 5], [6, 6]];
    expect(toMultiPolygonWkt([a])).toBe('MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))');
    expect(toMultiPolygonWkt([a, b])).toBe('MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))');
    expect(polygonsToMultiPolygonWkt([[squareAround(0, 0, 2), squareAround(0, 0, 1)]])).toBe(
      'MULTIPOLYGON(((-2 -2, 2 -2, 2 2, -2 2, -2 -2), (-1 -1, 1 -1, 1 1, -1 1, -1 -1)))',
    );
  });

  it('rejects degenerate input in Chinese', () => {
    expect(() => ringToWkt([[0, 0], [1, 1]])).toThrow(/至少需要 3 个不同拐点/);
    expect(() => ringToWkt([[0, 0], [1, 1], [0, 0]])).toThrow(/至少需要 3 个不同拐点/);
    expect(() => ringToWkt([[0, 0], [1, Number.NaN], [1, 1]])).toThrow(/有限数值/);
    expect(() => toMultiPolygonWkt([])).toThrow(/至少需要一个环/);
    expect(() => pointWkt(Number.NaN, 1)).toThrow();
  });

  it('squareAround is closed, counter-clockwise and centred', () => {
    const sq = squareAround(108.5, 31.9, 0.002);
    expect(sq).toHaveLength(5);
    expect(sq[0]).toEqual(sq[4]);
    let area2 = 0;
    for (let i = 0; i < 4; i++) area2 += sq[i][0] * sq[i + 1][1] - sq[i + 1][0] * sq[i][1];
    expect(area2).toBeGreaterThan(0); // positive shoelace = counter-clockwise
    expect(sq.slice(0, 4).reduce((s, p) => s + p[0], 0) / 4).toBeCloseTo(108.5, 10);
    expect(() => squareAround(0, 0, 0)).toThrow();
    expect(pointWkt(108.5, 31.9)).toBe('POINT(108.5 31.9)');
  });
});
