import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CRS_OPTIONS, toGeographic } from './crs';
import { lonLatToGk3, zoneOfLongitude } from './gauss-kruger';

// Independent check of the projection: on the central meridian (k = 1) the GK northing equals the
// meridian arc length from the equator. Integrate the meridian radius of curvature of GRS80,
// M(φ) = a(1−e²)/(1−e² sin²φ)^{3/2}, with Simpson's rule – no proj4, no series from a book.
function meridianArcGrs80(latDeg: number): number {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const e2 = f * (2 - f);
  const phi = (latDeg * Math.PI) / 180;
  const m = (p: number) => (a * (1 - e2)) / Math.pow(1 - e2 * Math.sin(p) ** 2, 1.5);
  const n = 2000; // even
  const h = phi / n;
  let s = m(0) + m(phi);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * m(i * h);
  return (s * h) / 3;
}

const converted = (r: ReturnType<typeof toGeographic>) => {
  if (!r.converted) throw new Error(r.reason);
  return r.rings;
};

describe('CRS_OPTIONS', () => {
  it('lists the systems licence areas arrive in', () => {
    expect(CRS_OPTIONS.map((o) => o.code)).toEqual([
      'EPSG:4490', 'EPSG:4326', 'CGCS2000_GK3', 'XIAN80_GK3', 'BEIJING54_GK3', 'OTHER',
    ]);
    for (const o of CRS_OPTIONS) expect(o.label).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('CGCS2000 3° Gauss-Krüger', () => {
  it('puts 105°E 29.5°N at easting 500000 and northing = meridian arc (CM 105°)', () => {
    const [x, y] = lonLatToGk3(105, 29.5, { centralMeridian: 105 });
    expect(y).toBeCloseTo(500000, 6);
    expect(Math.abs(x - meridianArcGrs80(29.5))).toBeLessThan(0.001);
    expect(x).toBeCloseTo(3264689.276, 2);
  });

  it('is symmetric about the central meridian', () => {
    const [xe, ye] = lonLatToGk3(106.2, 30, { centralMeridian: 105 });
    const [xw, yw] = lonLatToGk3(103.8, 30, { centralMeridian: 105 });
    expect(ye - 500000).toBeCloseTo(500000 - yw, 6);
    expect(xe).toBeCloseTo(xw, 6);
  });

  it('converts a known point back to lon/lat', () => {
    const x = meridianArcGrs80(29.5);
    const rings = converted(toGeographic({ crs: 'CGCS2000_GK3', centralMeridian: 105, rings: [[[x, 500000], [x + 100, 500000], [x, 500100]]] }));
    expect(rings[0][0][0]).toBeCloseTo(105, 9);
    expect(rings[0][0][1]).toBeCloseTo(29.5, 9);
  });

  it('round-trips random points in Chongqing, with and without the zone prefix', () => {
    const lon = fc.double({ min: 105.2, max: 110.2, noNaN: true });
    const lat = fc.double({ min: 28.1, max: 32.2, noNaN: true });
    fc.assert(
      fc.property(lon, lat, fc.boolean(), (lo, la, prefixed) => {
        const zone = zoneOfLongitude(lo);
        const xy = lonLatToGk3(lo, la, { centralMeridian: zone * 3, prefixZone: prefixed ? zone : undefined });
        if (prefixed) expect(Math.floor(xy[1] / 1e6)).toBe(zone);
        const input = prefixed
          ? { crs: 'CGCS2000_GK3', rings: [[xy, xy, xy]] }
          : { crs: 'CGCS2000_GK3', centralMeridian: zone * 3, rings: [[xy, xy, xy]] };
        const [[back]] = converted(toGeographic(input));
        expect(Math.abs(back[0] - lo)).toBeLessThan(1e-8);
        expect(Math.abs(back[1] - la)).toBeLessThan(1e-8);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a zone-prefixed easting (Y = 35 512345.67) the same as an unprefixed one with CM 105°', () => {
    const prefixed = converted(toGeographic({ crs: 'CGCS2000_GK3', rings: [[[3264000, 35512345.67], [3264500, 35512345.67], [3264500, 35512845.67]]] }));
    const plain = converted(toGeographic({ crs: 'CGCS2000_GK3', centralMeridian: 105, rings: [[[3264000, 512345.67], [3264500, 512345.67], [3264500, 512845.67]]] }));
    expect(prefixed[0][0][0]).toBeCloseTo(plain[0][0][0], 10);
    expect(prefixed[0][0][1]).toBeCloseTo(plain[0][0][1], 10);
    expect(prefixed[0][0][0]).toBeGreaterThan(105.1);
    expect(prefixed[0][0][0]).toBeLessThan(105.2);
    const withZone = converted(toGeographic({ crs: 'CGCS2000_GK3', zone: 35, rings: [[[3264000, 512345.67], [3264500, 512345.67], [3264500, 512845.67]]] }));
    expect(withZone).toEqual(plain);
  });

  it('refuses inputs it cannot interpret, saying why', () => {
    const ring = (y: number) => [[[3264000, y], [3264500, y], [3264500, y + 500]]];
    const reason = (r: ReturnType<typeof toGeographic>) => (r.converted ? '' : r.reason);
    expect(reason(toGeographic({ crs: 'CGCS2000_GK3', rings: ring(512345) }))).toMatch(/^未转换：.*中央子午线/);
    expect(reason(toGeographic({ crs: 'CGCS2000_GK3', centralMeridian: 108, rings: ring(35512345) }))).toMatch(/不一致/);
    expect(reason(toGeographic({ crs: 'CGCS2000_GK3', zone: 36, rings: ring(35512345) }))).toMatch(/不一致/);
    expect(reason(toGeographic({ crs: 'CGCS2000_GK3', zone: 36, centralMeridian: 105, rings: ring(512345) }))).toMatch(/不一致/);
    expect(reason(toGeographic({ crs: 'CGCS2000_GK3', rings: ring(18512345) }))).toMatch(/6° 带/);
    expect(reason(toGeographic({ crs: 'CGCS2000_GK3', centralMeridian: 105, rings: [[[512345, 3264000], [512845, 3264000], [512845, 3264500]]] }))).toMatch(/颠倒/);
    expect(reason(toGeographic({ crs: 'CGCS2000_GK3', rings: [[[3264000, 35512345], [3264500, 512345], [3264500, 512845]]] }))).toMatch(/带号前缀/);
    expect(reason(toGeographic({ crs: 'CGCS2000_GK3', centralMeridian: 150, rings: ring(512345) }))).toMatch(/不在中国范围/);
    expect(reason(toGeographic({ crs: 'CGCS2000_GK3', centralMeridian: 105, rings: [[[3264000, 512345]]] }))).toMatch(/3 个拐点/);
  });
});

describe('systems that are not converted', () => {
  it.each(['XIAN80_GK3', 'BEIJING54_GK3', 'OTHER', 'EPSG:3857'])('%s is stored as given, labelled 未转换', (crs) => {
    const r = toGeographic({ crs, centralMeridian: 108, rings: [[[3500000, 520000], [3500500, 520000], [3500500, 520500]]] });
    expect(r.converted).toBe(false);
    if (!r.converted) expect(r.reason).toMatch(/^未转换：/);
  });

  it('names the missing seven-parameter transformation for Xi\'an 80 and Beijing 54', () => {
    for (const crs of ['XIAN80_GK3', 'BEIJING54_GK3']) {
      const r = toGeographic({ crs, zone: 36, rings: [[[3500000, 520000], [3500500, 520000], [3500500, 520500]]] });
      expect(r.converted ? '' : r.reason).toMatch(/七参数/);
    }
  });
});

describe('geographic systems', () => {
  const ring = [[108.5, 31.9], [108.51, 31.9], [108.51, 31.91]];
  it('passes CGCS2000 and WGS84 lon/lat through unchanged (copied)', () => {
    for (const crs of ['EPSG:4490', 'EPSG:4326']) {
      const r = toGeographic({ crs, rings: [ring] });
      expect(r.converted).toBe(true);
      if (r.converted) {
        expect(r.rings).toEqual([ring]);
        expect(r.rings[0]).not.toBe(ring);
      }
    }
  });
  it('flags lat/lon order and projected numbers given as degrees', () => {
    const swapped = toGeographic({ crs: 'EPSG:4490', rings: [ring.map(([a, b]) => [b, a])] });
    expect(swapped.converted ? '' : swapped.reason).toMatch(/纬度在前/);
    const projected = toGeographic({ crs: 'EPSG:4490', rings: [[[3500000, 520000], [3500500, 520000], [3500500, 520500]]] });
    expect(projected.converted).toBe(false);
  });
});
