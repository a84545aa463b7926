import fs from 'node:fs';
import type { Executor } from '../../platform/db/client';
import { upsertRegion } from './regions.repository';

const ref = (name: string) => JSON.parse(fs.readFileSync(new URL(`../../../../reference-data/${name}`, import.meta.url), 'utf8'));

/**
 * 重庆市 and its 38 county-level divisions with their outlines, from reference-data/ (see SOURCES.md).
 * Idempotent: reference regions are part of every database, demo or production.
 */
export async function loadReferenceRegions(db: Executor): Promise<number> {
  const divisions = ref('chongqing-divisions.json') as { code: string; name: string; divisions: { code: string; name: string; kind: string }[] };
  const outlines = ref('chongqing-districts.geojson') as { features: { properties: { code: string }; geometry: unknown }[] };
  const byCode = new Map(outlines.features.map((f) => [f.properties.code, f.geometry]));
  await upsertRegion(db, { code: divisions.code, name: divisions.name, kind: 'municipality', parentCode: null, hasNationalCode: true, sortOrder: 0 });
  let i = 1;
  for (const d of divisions.divisions) {
    await upsertRegion(db, { code: d.code, name: d.name, kind: d.kind, parentCode: divisions.code, hasNationalCode: true,
      sortOrder: i++, outline: byCode.get(d.code) });
  }
  return i;
}
