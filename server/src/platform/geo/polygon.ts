// WKT for PostGIS (ST_GeomFromText(wkt, 4326)) from lon/lat rings. Licence areas are stored as
// MULTIPOLYGON because one licence may cover several separate blocks (区块).

const MIN_CLOSED_POINTS = 4; // a triangle plus the repeated first point

/** Returns the ring closed (first point repeated at the end) without modifying the input. */
export function closeRing(ring: number[][]): number[][] {
  const copy = ring.map((p) => [p[0], p[1]]);
  const first = copy[0];
  const last = copy[copy.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) copy.push([first[0], first[1]]);
  return copy;
}

/** "(lon lat, lon lat, ...)" – one closed ring. */
export function ringToWkt(ring: number[][]): string {
  if (!Array.isArray(ring)) throw new Error('多边形的环必须是坐标数组');
  for (const p of ring) {
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      throw new Error('多边形的坐标必须是两个有限数值');
    }
  }
  const closed = closeRing(ring);
  if (closed.length < MIN_CLOSED_POINTS) {
    throw new Error(`多边形的环至少需要 3 个不同拐点（闭合后 ${MIN_CLOSED_POINTS} 个点），当前只有 ${ring.length} 个`);
  }
  return `(${closed.map(([lon, lat]) => `${lon} ${lat}`).join(', ')})`;
}

/**
 * MULTIPOLYGON with one polygon (without holes) per ring: licence corner tables list separate blocks,
 * not holes. Use polygonsToMultiPolygonWkt when rings after the first are holes.
 */
export function toMultiPolygonWkt(rings: number[][][]): string {
  if (!Array.isArray(rings) || rings.length === 0) throw new Error('多边形至少需要一个环');
  return `MULTIPOLYGON(${rings.map((r) => `(${ringToWkt(r)})`).join(', ')})`;
}

/** MULTIPOLYGON from GeoJSON-style polygons ([outer, ...holes]). */
export function polygonsToMultiPolygonWkt(polygons: number[][][][]): string {
  if (!Array.isArray(polygons) || polygons.length === 0 || polygons.some((p) => !Array.isArray(p) || p.length === 0)) {
    throw new Error('多边形至少需要一个环');
  }
  return `MULTIPOLYGON(${polygons.map((p) => `(${p.map(ringToWkt).join(', ')})`).join(', ')})`;
}

/** POINT(lon lat) for a mine's location. */
export function pointWkt(lon: number, lat: number): string {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new Error('点坐标必须是有限数值');
  return `POINT(${lon} ${lat})`;
}

/**
 * Closed counter-clockwise square ring (GeoJSON right-hand rule for outer rings) of ±halfSizeDeg
 * in both axes – in degrees, so on the ground it is narrower east-west than north-south.
 */
export function squareAround(lon: number, lat: number, halfSizeDeg: number): number[][] {
  if (!(halfSizeDeg > 0)) throw new Error('边长必须为正数');
  const h = halfSizeDeg;
  return [
    [lon - h, lat - h],
    [lon + h, lat - h],
    [lon + h, lat + h],
    [lon - h, lat + h],
    [lon - h, lat - h],
  ];
}
