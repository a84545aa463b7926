// Where demo mines go: a spot well inside the district, away from other mines, a small licence
// polygon around it in the coordinate system the row asks for, and a plausible elevation range.
import type { GeoInput } from '../../platform/geo/crs';
import { ringsToGk3, zoneOfLongitude } from '../../platform/geo/gauss-kruger';
import { distanceToDistrictBoundary, interiorPoints, pointInDistrict } from '../../platform/geo/outlines';
import { district } from './demo-names';
import { int, type Rng } from './demo-rng';
import type { BoundaryForm } from './demo-table-mines';

const METRES_PER_DEG = 111_320;
/** Mines this far apart (≈3 km) never have touching licence areas, so overlap checks stay quiet. */
const MIN_SPACING_DEG = 0.03;

function farFromOthers([lon, lat]: [number, number], used: [number, number][], min: number): boolean {
  return used.every(([x, y]) => Math.hypot(x - lon, y - lat) >= min);
}

export function placeMine(regionCode: string, used: [number, number][], rng: Rng): [number, number] {
  for (let i = 0; i < 500; i++) {
    const [p] = interiorPoints(regionCode, 1, rng);
    if (farFromOthers(p, used, MIN_SPACING_DEG)) return used.push(p), p;
  }
  throw new Error(`演示数据：${regionCode} 内放不下更多矿山`);
}

/** A pond 1.5–2.5 km from its mine, still well inside the district and clear of other mines. */
export function besideMine(regionCode: string, [lon, lat]: [number, number], used: [number, number][], rng: Rng): [number, number] {
  for (let i = 0; i < 200; i++) {
    const angle = rng() * 2 * Math.PI;
    const r = 0.015 + rng() * 0.01;
    const p: [number, number] = [round6(lon + (r * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180)), round6(lat + r * Math.sin(angle))];
    const others = used.filter(([x, y]) => x !== lon || y !== lat);
    if (pointInDistrict(regionCode, p[0], p[1]) && distanceToDistrictBoundary(regionCode, p[0], p[1]) >= 0.01 && farFromOthers(p, others, 0.012)) {
      return used.push(p), p;
    }
  }
  return placeMine(regionCode, used, rng);
}

/** An irregular pentagon 300–800 m across (counter-clockwise, closed), like a small licence area. */
export function licenceRing([lon, lat]: [number, number], rng: Rng): number[][] {
  const across = 300 + rng() * 500;
  const start = rng() * 2 * Math.PI;
  const kLon = METRES_PER_DEG * Math.cos((lat * Math.PI) / 180);
  const ring: number[][] = [];
  for (let i = 0; i < 5; i++) {
    const angle = start + (i * 2 * Math.PI) / 5 + (rng() - 0.5) * 0.5;
    const r = (across / 2) * (0.8 + rng() * 0.2);
    ring.push([round6(lon + (r * Math.cos(angle)) / kLon), round6(lat + (r * Math.sin(angle)) / METRES_PER_DEG)]);
  }
  ring.push([ring[0][0], ring[0][1]]);
  return ring;
}

export function boundary(form: BoundaryForm, ring: number[][]): GeoInput {
  const zone = zoneOfLongitude(ring[0][0]);
  const centralMeridian = zone * 3;
  switch (form) {
    case 'geo':
      return { crs: 'EPSG:4490', rings: [ring] };
    case 'gk3':
      return { crs: 'CGCS2000_GK3', centralMeridian, rings: ringsToGk3([ring], { centralMeridian }) };
    case 'gk3-prefixed':
      return { crs: 'CGCS2000_GK3', rings: ringsToGk3([ring], { centralMeridian, prefixZone: zone }) };
    case 'xian80':
      // Illustrative only: projected with CGCS2000 parameters. Real Xi'an 80 values of the same
      // place differ by tens of metres – which is exactly why the system does not convert them.
      return { crs: 'XIAN80_GK3', zone, rings: ringsToGk3([ring], { centralMeridian, prefixZone: zone }) };
  }
}

export function elevationRange(rng: Rng, regionCode: string, underground: boolean): { min: number; max: number } {
  const [lo, hi] = district(regionCode).elevation;
  const span = underground ? int(rng, 15, 50) * 10 : int(rng, 8, 25) * 10;
  const min = Math.round((lo + rng() * (hi - lo - span)) / 10) * 10;
  return { min, max: min + span };
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
