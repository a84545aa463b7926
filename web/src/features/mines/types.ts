import type { z } from 'zod';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MineInput as ParsedMineInput, MineKind, MineListItem, MineOut, mineInput } from '@contracts/org';

export type Mine = MineOut;
export type { MineKind, MineListItem, ParsedMineInput };
export type MineInput = z.input<typeof mineInput>;
export type BoundaryInput = NonNullable<MineInput['boundary']>;

/** GET /api/regions/outlines: simplified district outlines (schematic, not an approved map). */
export type RegionOutlines = FeatureCollection<Geometry, { code: string; name: string }> & { note?: string };
export type RegionOutline = Feature<Geometry, { code: string; name: string }>;

/** GET /api/config/public: a deployment's approved base map, when it has one (e.g. 天地图). */
export interface PublicConfig {
  mapTileUrl?: string | null;
  mapTileAttribution?: string | null;
  /** 四个一批 category names configured for this deployment */
  restructuringCategories?: string[];
  restructuringCategoriesNote?: string;
}
