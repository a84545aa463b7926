import { customType } from 'drizzle-orm/pg-core';

/**
 * PostGIS geometry columns. drizzle-kit would drop the SRID of its own geometry type,
 * so the column type is spelled out here and values travel as EWKT/GeoJSON through SQL helpers.
 */
export const multiPolygon4326 = customType<{ data: string; driverData: string }>({
  dataType: () => 'geometry(MultiPolygon,4326)',
});
export const point4326 = customType<{ data: string; driverData: string }>({
  dataType: () => 'geometry(Point,4326)',
});
