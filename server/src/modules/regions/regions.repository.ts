import { queryRows } from '../../platform/db/client';
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { regions } from '../../platform/db/schema';

export async function regionName(db: Executor, code: string): Promise<string | null> {
  const [r] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code));
  return r?.name ?? null;
}

export async function listRegions(db: Executor) {
  return db.select({ code: regions.code, name: regions.name, kind: regions.kind, parentCode: regions.parentCode,
    hasNationalCode: regions.hasNationalCode }).from(regions).orderBy(asc(regions.sortOrder), asc(regions.code));
}

export async function regionExists(db: Executor, code: string): Promise<boolean> {
  const [r] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  return !!r;
}

/** Outlines as GeoJSON features (simplified reference outlines; schematic, not an approved map). */
export async function regionOutlines(db: Executor) {
  const res = await queryRows<{ code: string; name: string; geojson: string }>(db, sql`
    SELECT code, name, ST_AsGeoJSON(outline, 5) AS geojson FROM regions WHERE outline IS NOT NULL ORDER BY sort_order, code`);
  return res.map((r) => ({ type: 'Feature' as const, properties: { code: r.code, name: r.name }, geometry: JSON.parse(r.geojson) }));
}

/** Is the point inside the region's outline? null when the region has no outline. */
export async function pointInRegion(db: Executor, code: string, lon: number, lat: number): Promise<boolean | null> {
  const res = await queryRows<{ inside: boolean | null }>(db, sql`
    SELECT ST_Contains(outline, ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)) AS inside FROM regions WHERE code = ${code}`);
  return res[0]?.inside ?? null;
}

export interface RegionSeed { code: string; name: string; kind: string; parentCode: string | null; hasNationalCode: boolean; sortOrder: number; outline?: unknown }

export async function upsertRegion(db: Executor, r: RegionSeed): Promise<void> {
  const outline = r.outline ? sql`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(r.outline)}), 4326))` : sql`NULL`;
  await db.execute(sql`
    INSERT INTO regions (code, name, kind, parent_code, has_national_code, sort_order, outline)
    VALUES (${r.code}, ${r.name}, ${r.kind}, ${r.parentCode}, ${r.hasNationalCode}, ${r.sortOrder}, ${outline})
    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code,
      has_national_code = EXCLUDED.has_national_code, sort_order = EXCLUDED.sort_order, outline = COALESCE(EXCLUDED.outline, regions.outline)`);
}
