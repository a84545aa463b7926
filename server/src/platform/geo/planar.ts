// Plane geometry on lon/lat polygons, small enough to need no library. Polygons follow GeoJSON:
// polygon = [outer ring, ...hole rings], ring = [[lon, lat], ...] (closed or not).

export type Ring = number[][];
export type Polygon = Ring[];

/**
 * Even-odd ray casting over every ring of every polygon. Counting crossings of all rings together
 * makes holes (and a point in a hole of an island in a lake …) come out right without ring roles.
 * Points exactly on an edge may fall either way; callers needing certainty keep a margin.
 */
export function pointInPolygons(polygons: Polygon[], lon: number, lat: number): boolean {
  for (const polygon of polygons) {
    let inside = false;
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    if (inside) return true; // inside one part of a MultiPolygon is enough
  }
  return false;
}

/**
 * Shortest distance from the point to any ring edge, in degrees of latitude (≈ 111 km). Longitude
 * differences are scaled by cos(lat) so a margin means about the same ground distance east-west
 * as north-south (at 30°N a degree of longitude is only ~96 km).
 */
export function distanceToBoundaryDeg(polygons: Polygon[], lon: number, lat: number): number {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const d = segmentDistance((ring[j][0] - lon) * k, ring[j][1] - lat, (ring[i][0] - lon) * k, ring[i][1] - lat);
        if (d < best) best = d;
      }
    }
  }
  return best;
}

/** Distance from the origin to segment (ax, ay)–(bx, by). */
function segmentDistance(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export function bboxOf(polygons: Polygon[]): BBox {
  const b = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      b.minLon = Math.min(b.minLon, lon);
      b.maxLon = Math.max(b.maxLon, lon);
      b.minLat = Math.min(b.minLat, lat);
      b.maxLat = Math.max(b.maxLat, lat);
    }
  }
  return b;
}
