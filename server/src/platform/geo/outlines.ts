// Chongqing district outlines (simplified, schematic – not an approved 审图号 map) from the copy in
// reference-data/. Read from the product's own tree, never from ../shared, and only once: the file is
// ~0.5 MB and every call site (validation, demo data, map) wants the same parsed copy.
import fs from 'node:fs';
import { bboxOf, distanceToBoundaryDeg, pointInPolygons, type BBox, type Polygon } from './planar';

export { mulberry32 } from './random';

// Relative to this source file: server/src/platform/geo → repository root. A bundler that moves
// this file must copy reference-data alongside and adjust the path.
const OUTLINES_URL = new URL('../../../../reference-data/chongqing-districts.geojson', import.meta.url);

export interface DistrictOutline {
  code: string;
  name: string;
  /** MultiPolygon coordinates ([lon, lat]); a Polygon feature becomes a one-element list. */
  polygons: Polygon[];
  bbox: BBox;
}

interface Feature {
  properties: { code: string; name: string };
  geometry: { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] };
}

let cache: Map<string, DistrictOutline> | null = null;

function outlines(): Map<string, DistrictOutline> {
  if (cache) return cache;
  const collection = JSON.parse(fs.readFileSync(OUTLINES_URL, 'utf8')) as { features: Feature[] };
  const map = new Map<string, DistrictOutline>();
  for (const f of collection.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    map.set(f.properties.code, { code: f.properties.code, name: f.properties.name, polygons, bbox: bboxOf(polygons) });
  }
  cache = map;
  return map;
}

export function listDistrictOutlines(): DistrictOutline[] {
  return [...outlines().values()];
}

export function getDistrictOutline(code: string): DistrictOutline | undefined {
  return outlines().get(code);
}

/** False for an unknown code too: a point cannot be inside a district we have no outline for. */
export function pointInDistrict(code: string, lon: number, lat: number): boolean {
  const outline = getDistrictOutline(code);
  if (!outline) return false;
  const b = outline.bbox;
  if (lon < b.minLon || lon > b.maxLon || lat < b.minLat || lat > b.maxLat) return false;
  return pointInPolygons(outline.polygons, lon, lat);
}

/** Distance (degrees of latitude, see planar.ts) from a point to the district's boundary. */
export function distanceToDistrictBoundary(code: string, lon: number, lat: number): number {
  const outline = getDistrictOutline(code);
  if (!outline) throw new Error(`没有区划 ${code} 的轮廓`);
  return distanceToBoundaryDeg(outline.polygons, lon, lat);
}

/** Default margin: 0.01° ≈ 1.1 km, larger than any licence area drawn around a point. */
export const INTERIOR_MARGIN_DEG = 0.01;

/**
 * n points at least `marginDeg` inside the outline, by rejection sampling in the bounding box.
 * Deterministic for a given rng state (pass mulberry32(seed)); coordinates rounded to 1e-6°
 * (~0.1 m) so they survive a JSON or database round trip unchanged.
 */
export function interiorPoints(
  code: string,
  n: number,
  rng: () => number,
  marginDeg: number = INTERIOR_MARGIN_DEG,
): [number, number][] {
  const outline = getDistrictOutline(code);
  if (!outline) throw new Error(`没有区划 ${code} 的轮廓`);
  const { minLon, minLat, maxLon, maxLat } = outline.bbox;
  const points: [number, number][] = [];
  const maxAttempts = 10_000 + n * 2_000;
  for (let attempt = 0; points.length < n; attempt++) {
    if (attempt >= maxAttempts) throw new Error(`区划 ${code} 内找不到足够的内部点（离边界 ≥ ${marginDeg}°）`);
    const lon = round6(minLon + rng() * (maxLon - minLon));
    const lat = round6(minLat + rng() * (maxLat - minLat));
    if (!pointInPolygons(outline.polygons, lon, lat)) continue;
    if (distanceToBoundaryDeg(outline.polygons, lon, lat) < marginDeg) continue;
    points.push([lon, lat]);
  }
  return points;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
