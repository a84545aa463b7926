import L from 'leaflet';
import type { GeoJsonObject } from 'geojson';
import type { Mine, RegionOutlines } from '../types';

const DISTRICT: L.PathOptions = { color: '#8c8c8c', weight: 1, fillColor: '#d9d9d9', fillOpacity: 0.15 };
const DISTRICT_HIGHLIGHT: L.PathOptions = { color: '#1d5fbf', weight: 2, fillColor: '#69b1ff', fillOpacity: 0.25 };
const BOUNDARY: L.PathOptions = { color: '#cf1322', weight: 2, fillColor: '#ff7875', fillOpacity: 0.35 };

export interface MapLayers { layers: L.Layer[]; focus?: L.LatLngBounds }

/** Builds (does not add) the layers: district outlines with the mine's district highlighted, boundary, point. */
export function buildMineLayers(mine: Mine, outlines: RegionOutlines | undefined): MapLayers {
  const layers: L.Layer[] = [];
  let focus: L.LatLngBounds | undefined;

  if (outlines?.features?.length) {
    let region: L.LatLngBounds | undefined;
    const districts = L.geoJSON(outlines, {
      style: (f) => (f?.properties?.code === mine.regionCode ? DISTRICT_HIGHLIGHT : DISTRICT),
      onEachFeature: (f, layer) => {
        layer.bindTooltip(String(f.properties?.name ?? ''), { sticky: true });
        if (f.properties?.code === mine.regionCode && 'getBounds' in layer) region = (layer as L.Polygon).getBounds();
      },
    });
    layers.push(districts);
    focus = region ?? districts.getBounds();
  }

  if (mine.boundaryGeoJson) {
    const boundary = L.geoJSON(mine.boundaryGeoJson as GeoJsonObject, { style: () => BOUNDARY });
    boundary.bindTooltip(`${mine.name} 矿区范围`);
    layers.push(boundary);
    if (boundary.getBounds().isValid()) focus = boundary.getBounds();
  }

  if (mine.location) {
    const point = L.circleMarker([mine.location.lat, mine.location.lon], {
      radius: 7, color: '#fff', weight: 2, fillColor: '#cf1322', fillOpacity: 1,
    }).bindTooltip(`${mine.name}（${mine.location.lon}, ${mine.location.lat}）`);
    layers.push(point);
    if (!mine.boundaryGeoJson) focus = focus ? focus.extend(point.getLatLng()) : L.latLngBounds([point.getLatLng()]);
  }
  return { layers, focus };
}
