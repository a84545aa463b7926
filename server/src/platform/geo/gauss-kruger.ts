// CGCS2000 3°-zone Gauss-Krüger projection (the plane system Chinese mining licences list their
// corner points in). proj4 does the maths; this file only builds the definitions and caches them.
//
// Axis convention, following Chinese surveying practice and the licence tables themselves:
// a projected point is [X, Y] with X = northing (纵坐标) and Y = easting (横坐标). Y may carry the
// zone number as a prefix: Y = zone × 1 000 000 + 500 000 + offset, e.g. 35 512345.67 is zone 35
// (central meridian 105°E = 3 × 35), 12 345.67 m east of it.
import proj4 from 'proj4';

/** 3° zones covering China (72°E–138°E); anything else is a mistake such as a 6° zone number. */
export const GK3_ZONE_MIN = 25;
export const GK3_ZONE_MAX = 45;
const FALSE_EASTING = 500_000;
const ZONE_PREFIX_UNIT = 1_000_000;

export function zoneOfLongitude(lon: number): number {
  return Math.round(lon / 3);
}

export function centralMeridianOfZone(zone: number): number {
  return zone * 3;
}

export function isValidGk3Zone(zone: number): boolean {
  return Number.isInteger(zone) && zone >= GK3_ZONE_MIN && zone <= GK3_ZONE_MAX;
}

/** An easting of a million metres or more can only be a zone-prefixed one. */
export function isZonePrefixedEasting(y: number): boolean {
  return y >= ZONE_PREFIX_UNIT;
}

export function zoneOfPrefixedEasting(y: number): number {
  return Math.floor(y / ZONE_PREFIX_UNIT);
}

/**
 * proj4 definition. +ellps=GRS80 without +datum/+towgs84 makes proj4 skip any datum shift: CGCS2000
 * and WGS84 are treated as the same frame (they agree to well under a metre), which is what we want.
 * A zone prefix is folded into the false easting so prefixed values go through proj4 unchanged.
 */
export function gk3Proj4Def(centralMeridian: number, prefixZone?: number): string {
  const x0 = FALSE_EASTING + (prefixZone ?? 0) * ZONE_PREFIX_UNIT;
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

const converters = new Map<string, proj4.Converter>();

function converter(def: string): proj4.Converter {
  let c = converters.get(def);
  if (!c) {
    c = proj4(def); // source defaults to WGS84 lon/lat
    converters.set(def, c);
  }
  return c;
}

export interface Gk3Options {
  centralMeridian: number;
  /** When set, eastings carry this zone number as prefix (and it must match the central meridian). */
  prefixZone?: number;
}

/** [X northing, Y easting] → [lon, lat]. */
export function gk3ToLonLat(x: number, y: number, opts: Gk3Options): [number, number] {
  const [lon, lat] = converter(gk3Proj4Def(opts.centralMeridian, opts.prefixZone)).inverse([y, x]);
  return [lon, lat];
}

/** [lon, lat] → [X northing, Y easting]; the inverse used to produce projected demo and test data. */
export function lonLatToGk3(lon: number, lat: number, opts: Gk3Options): [number, number] {
  const [easting, northing] = converter(gk3Proj4Def(opts.centralMeridian, opts.prefixZone)).forward([lon, lat]);
  return [northing, easting];
}

/** Whole rings of [lon, lat] → rings of [X, Y], rounded to the centimetre as survey tables are. */
export function ringsToGk3(rings: number[][][], opts: Gk3Options): number[][][] {
  const cm = (v: number) => Math.round(v * 100) / 100;
  return rings.map((ring) =>
    ring.map(([lon, lat]) => {
      const [x, y] = lonLatToGk3(lon, lat, opts);
      return [cm(x), cm(y)];
    }),
  );
}
