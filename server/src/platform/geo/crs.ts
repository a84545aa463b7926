// Coordinate reference systems in which licensed mining areas (矿区范围) reach the registry, and the
// conversion to lon/lat for the map. Rule: convert only what can be converted exactly with public
// parameters; everything else is stored as given and labelled 未转换 with the reason.
//
// Point order per system:
//   EPSG:4490 / EPSG:4326          [lon, lat] in degrees (GeoJSON order)
//   *_GK3 (3° Gauss-Krüger)        [X, Y] in metres, X = northing, Y = easting, as licence corner
//                                  tables list them; Y with or without the zone-number prefix.
import {
  centralMeridianOfZone,
  gk3Proj4Def,
  gk3ToLonLat,
  isValidGk3Zone,
  isZonePrefixedEasting,
  zoneOfPrefixedEasting,
} from './gauss-kruger';

export interface CrsOption {
  code: string;
  label: string;
  /** what a point's two numbers mean */
  axes: string;
  convertible: boolean;
}

export const CRS_OPTIONS = [
  { code: 'EPSG:4490', label: 'CGCS2000 地理坐标（经纬度）', axes: '经度, 纬度', convertible: true },
  { code: 'EPSG:4326', label: 'WGS84 地理坐标（经纬度）', axes: '经度, 纬度', convertible: true },
  { code: 'CGCS2000_GK3', label: 'CGCS2000 3°带高斯-克吕格投影（需中央子午线或带号）', axes: 'X(北), Y(东)', convertible: true },
  { code: 'XIAN80_GK3', label: '西安80 3°带高斯-克吕格投影（不转换，原样保存）', axes: 'X(北), Y(东)', convertible: false },
  { code: 'BEIJING54_GK3', label: '北京54 3°带高斯-克吕格投影（不转换，原样保存）', axes: 'X(北), Y(东)', convertible: false },
  { code: 'OTHER', label: '其他/地方独立坐标系（不转换，原样保存）', axes: '按原资料', convertible: false },
] as const satisfies readonly CrsOption[];

export type CrsCode = (typeof CRS_OPTIONS)[number]['code'];

export function isCrsCode(code: string): code is CrsCode {
  return CRS_OPTIONS.some((o) => o.code === code);
}

export interface GeoInput {
  crs: string;
  centralMeridian?: number;
  zone?: number;
  rings: number[][][];
}

export type ToGeographicResult =
  | { converted: true; rings: number[][][]; method: string }
  | { converted: false; reason: string };

const notConverted = (why: string): ToGeographicResult => ({ converted: false, reason: `未转换：${why}` });

// Xi'an 80 / Beijing 54 → CGCS2000 needs local 7-parameter sets (published per province to
// surveying units only); guessing them would shift boundaries by tens of metres without warning.
const UNCONVERTIBLE: Record<string, string> = {
  XIAN80_GK3: '西安80坐标系需七参数转换，本系统未配置公开参数，已按原样保存',
  BEIJING54_GK3: '北京54坐标系需七参数转换，本系统未配置公开参数，已按原样保存',
  OTHER: '坐标系未知或为地方独立坐标系，已按原样保存',
};

export function toGeographic(input: GeoInput): ToGeographicResult {
  const shapeError = checkShape(input.rings);
  if (shapeError) return notConverted(shapeError);
  if (input.crs in UNCONVERTIBLE) return notConverted(UNCONVERTIBLE[input.crs]);
  if (input.crs === 'EPSG:4490' || input.crs === 'EPSG:4326') return geographic(input);
  if (input.crs === 'CGCS2000_GK3') return fromGk3(input);
  return notConverted(`不支持的坐标系 ${input.crs}`);
}

function checkShape(rings: number[][][]): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return '没有坐标';
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 3) return '每个范围至少需要 3 个拐点';
    for (const p of ring) {
      if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
        return '坐标必须是两个有限数值';
      }
    }
  }
  return null;
}

// CGCS2000 and WGS84 (G1762) coincide to a few centimetres – far below what a map of licence areas
// can show – so CGCS2000 lon/lat is displayed directly as WGS84 without any shift.
function geographic(input: GeoInput): ToGeographicResult {
  for (const ring of input.rings) {
    for (const [lon, lat] of ring) {
      if (lon >= 3 && lon <= 54 && lat >= 73 && lat <= 136) return notConverted('疑似纬度在前、经度在后，请按“经度, 纬度”填写');
      if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return notConverted('经纬度超出范围，可能是投影坐标，请选择高斯-克吕格坐标系');
    }
  }
  const method =
    input.crs === 'EPSG:4490' ? 'CGCS2000 经纬度按 WGS84 直接显示（两者差异为亚米级）' : 'WGS84 经纬度，原样使用';
  return { converted: true, rings: input.rings.map((r) => r.map(([lon, lat]) => [lon, lat])), method };
}

function fromGk3(input: GeoInput): ToGeographicResult {
  const points = input.rings.flat();
  if (points.some(([x]) => x < 1_000_000 || x >= 10_000_000)) {
    return notConverted('X 应为北向坐标（中国境内约 200 万–600 万米），疑似 X、Y 颠倒');
  }
  const prefixed = points.filter(([, y]) => isZonePrefixedEasting(y)).length;
  if (prefixed !== 0 && prefixed !== points.length) return notConverted('部分 Y 坐标带有带号前缀、部分没有');

  let centralMeridian: number;
  let prefixZone: number | undefined;
  if (prefixed) {
    const zones = new Set(points.map(([, y]) => zoneOfPrefixedEasting(y)));
    if (zones.size > 1) return notConverted(`拐点分属不同投影带（${[...zones].join('、')}）`);
    prefixZone = [...zones][0];
    if (!isValidGk3Zone(prefixZone)) return notConverted(`带号 ${prefixZone} 不是中国范围内的 3° 带（25–45），可能是 6° 带坐标`);
    if (input.zone !== undefined && input.zone !== prefixZone) return notConverted(`填写的带号 ${input.zone} 与 Y 坐标前缀 ${prefixZone} 不一致`);
    centralMeridian = centralMeridianOfZone(prefixZone);
    if (input.centralMeridian !== undefined && input.centralMeridian !== centralMeridian) {
      return notConverted(`中央子午线 ${input.centralMeridian}° 与带号 ${prefixZone}（${centralMeridian}°）不一致`);
    }
  } else {
    if (input.zone !== undefined && !isValidGk3Zone(input.zone)) return notConverted(`带号 ${input.zone} 不是中国范围内的 3° 带（25–45）`);
    const fromZone = input.zone === undefined ? undefined : centralMeridianOfZone(input.zone);
    if (fromZone !== undefined && input.centralMeridian !== undefined && fromZone !== input.centralMeridian) {
      return notConverted(`中央子午线 ${input.centralMeridian}° 与带号 ${input.zone}（${fromZone}°）不一致`);
    }
    const cm = input.centralMeridian ?? fromZone;
    if (cm === undefined) return notConverted('Y 坐标不含带号，需要填写中央子午线或带号');
    if (!Number.isFinite(cm) || cm < 72 || cm > 138) return notConverted(`中央子午线 ${cm}° 不在中国范围内`);
    centralMeridian = cm;
  }

  const opts = { centralMeridian, prefixZone };
  const rings = input.rings.map((ring) => ring.map(([x, y]) => gk3ToLonLat(x, y, opts)));
  // A point more than 3° from the central meridian means a wrong meridian, zone or easting.
  if (rings.flat().some(([lon, lat]) => Math.abs(lon - centralMeridian) > 3 || lat < 3 || lat > 54)) {
    return notConverted('换算结果超出中国范围或远离中央子午线，请核对坐标系、带号和 X/Y 顺序');
  }
  const method = `CGCS2000 3°带高斯-克吕格反算，中央子午线 ${centralMeridian}°${prefixZone ? `，Y 含带号 ${prefixZone}` : ''}（proj4: ${gk3Proj4Def(centralMeridian, prefixZone)}）`;
  return { converted: true, rings, method };
}
