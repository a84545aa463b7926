import type { Dayjs } from 'dayjs';
import { fromIsoDate, toIsoDate } from '../../../lib/format';
import type { Mine, MineInput, MineKind } from '../types';
import { parseBoundaryText, ringsToText } from './boundary-text';

const DATE_FIELDS = ['miningLicenceFrom', 'miningLicenceTo', 'safetyLicenceFrom', 'safetyLicenceTo', 'selfInspectionFrom'] as const;
type DateField = (typeof DATE_FIELDS)[number];

/** What the antd form holds: dates as dayjs, the boundary as text; everything else as in mineInput. */
export type MineFormValues = Omit<MineInput, DateField | 'boundary' | 'location' | 'kinds'> & {
  [K in DateField]?: Dayjs | null;
} & {
  kinds?: MineKind[];
  location?: { lon?: number | null; lat?: number | null };
  boundary?: { crs?: string; centralMeridian?: number | null; zone?: number | null };
  boundaryText?: string;
};

/** Server path `boundary.rings…` is shown under the textarea that holds the rings. */
export const MINE_FIELD_ALIASES = { 'boundary.rings': 'boundaryText', boundary: 'boundaryText', location: ['location', 'lon'] };

export const isTailings = (kinds?: string[]) => !!kinds?.includes('tailings_pond');

/** 地下 and 露天 may be combined; 尾矿库 stands alone — picking it clears the others and vice versa. */
export function normalizeKinds(next: MineKind[] = [], prev: MineKind[] = []): MineKind[] {
  if (next.includes('tailings_pond') && !prev.includes('tailings_pond')) return ['tailings_pond'];
  if (next.includes('tailings_pond') && next.length > 1) return next.filter((k) => k !== 'tailings_pond');
  return next;
}

interface OriginalBoundary { crs?: string; centralMeridian?: number; zone?: number; rings?: unknown }

export function toFormValues(m: Mine): MineFormValues {
  const original = (m.boundaryOriginal ?? null) as OriginalBoundary | null;
  const { boundaryOriginal: _o, boundaryGeoJson: _g, warnings: _w, ...rest } = m;
  const values: MineFormValues = {
    ...(rest as unknown as MineFormValues),
    kinds: m.kinds as MineKind[],
    location: m.location ?? undefined,
    boundary: { crs: m.boundaryCrs ?? original?.crs ?? 'EPSG:4490', centralMeridian: original?.centralMeridian, zone: original?.zone },
    boundaryText: ringsToText(original?.rings),
  };
  for (const f of DATE_FIELDS) values[f] = fromIsoDate(m[f]);
  return values;
}

const num = (v: number | null | undefined) => (v === undefined || v === null ? null : v);
const str = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v);

/** Form values → mineInput body. Throws BoundaryTextError for an unreadable coordinate list. */
export function toInput(v: MineFormValues, initial?: Mine): MineInput {
  const tailings = isTailings(v.kinds);
  const lon = num(v.location?.lon);
  const lat = num(v.location?.lat);
  const text = v.boundaryText?.trim();
  const body: MineInput = {
    enterpriseId: v.enterpriseId, regionCode: v.regionCode, name: v.name, kinds: v.kinds ?? [], status: v.status,
    servesMineId: tailings ? (v.servesMineId ?? null) : null,
    tailingsGrade: tailings ? (v.tailingsGrade ?? null) : null,
    damHeightM: tailings ? num(v.damHeightM) : null,
    capacityWanM3: tailings ? num(v.capacityWanM3) : null,
    headOver: tailings ? (v.headOver ?? null) : null,
    mineral: str(v.mineral), scale: v.scale ?? null,
    location: lon !== null && lat !== null ? { lon, lat } : null,
    boundary: text
      ? { crs: (v.boundary?.crs ?? 'EPSG:4490') as NonNullable<MineInput['boundary']>['crs'],
          centralMeridian: num(v.boundary?.centralMeridian) ?? undefined, zone: num(v.boundary?.zone) ?? undefined,
          rings: parseBoundaryText(text) }
      : null,
    elevationMinM: num(v.elevationMinM), elevationMaxM: num(v.elevationMaxM),
    miningLicenceNo: str(v.miningLicenceNo), safetyLicenceNo: str(v.safetyLicenceNo),
    designCapacity: num(v.designCapacity), independentSystems: num(v.independentSystems),
    hydroComplexity: v.hydroComplexity ?? null, geoComplexity: v.geoComplexity ?? null,
    positioningInstalled: !!v.positioningInstalled, restructuringCategory: str(v.restructuringCategory),
    externalIds: initial?.externalIds ?? {},
  };
  for (const f of DATE_FIELDS) body[f] = toIsoDate(v[f]);
  return body;
}
