import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import {
  distanceToDistrictBoundary, getDistrictOutline, interiorPoints, listDistrictOutlines, mulberry32, pointInDistrict,
} from './outlines';
import { pointInPolygons } from './planar';

const divisions = JSON.parse(
  fs.readFileSync(new URL('../../../../reference-data/chongqing-divisions.json', import.meta.url), 'utf8'),
) as { divisions: { code: string; name: string }[] };

describe('district outlines', () => {
  it('has an outline for each of the 38 divisions', () => {
    expect(divisions.divisions).toHaveLength(38);
    for (const d of divisions.divisions) expect(getDistrictOutline(d.code)?.code).toBe(d.code);
    expect(listDistrictOutlines()).toHaveLength(38);
    expect(getDistrictOutline('500000')).toBeUndefined();
  });

  it('finds a point inside every outline, and no neighbour claims it', () => {
    const rng = mulberry32(7);
    for (const d of divisions.divisions) {
      const points = interiorPoints(d.code, 3, rng);
      expect(points).toHaveLength(3);
      for (const [lon, lat] of points) {
        expect(pointInDistrict(d.code, lon, lat)).toBe(true);
        expect(distanceToDistrictBoundary(d.code, lon, lat)).toBeGreaterThanOrEqual(0.01);
        const others = divisions.divisions.filter((o) => o.code !== d.code && pointInDistrict(o.code, lon, lat));
        expect(others.map((o) => o.name)).toEqual([]);
      }
    }
  });

  it('is deterministic for a seeded rng', () => {
    expect(interiorPoints('500229', 5, mulberry32(2025))).toEqual(interiorPoints('500229', 5, mulberry32(2025)));
    expect(interiorPoints('500229', 5, mulberry32(2025))).not.toEqual(interiorPoints('500229', 5, mulberry32(2026)));
  });

  it('keeps far-away and unknown places out', () => {
    expect(pointInDistrict('500229', 116.4, 39.9)).toBe(false); // Beijing
    expect(pointInDistrict('500229', 106.55, 29.56)).toBe(false); // 渝中区, not 城口
    expect(pointInDistrict('500103', 106.57, 29.556)).toBe(true); // 解放碑, 渝中区
    expect(pointInDistrict('999999', 108.5, 31.9)).toBe(false);
  });

  it('handles every part of a MultiPolygon (大渡口区 has 4)', () => {
    const outline = getDistrictOutline('500104');
    expect(outline?.polygons.length).toBe(4);
  });
});

describe('pointInPolygons', () => {
  const square = (x0: number, y0: number, s: number) => [[x0, y0], [x0 + s, y0], [x0 + s, y0 + s], [x0, y0 + s], [x0, y0]];
  it('respects holes', () => {
    const withHole = [[square(0, 0, 10), square(4, 4, 2)]];
    expect(pointInPolygons(withHole, 1, 1)).toBe(true);
    expect(pointInPolygons(withHole, 5, 5)).toBe(false);
    expect(pointInPolygons(withHole, 11, 5)).toBe(false);
  });
  it('accepts a point in any part of a multipolygon', () => {
    const multi = [[square(0, 0, 1)], [square(5, 5, 1)]];
    expect(pointInPolygons(multi, 5.5, 5.5)).toBe(true);
    expect(pointInPolygons(multi, 3, 3)).toBe(false);
  });
});

describe('mulberry32', () => {
  it('is reproducible and uniform-ish in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
