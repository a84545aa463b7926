import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { Alert, Space, Spin, Typography } from 'antd';
import { BOUNDARY_CRS } from '@contracts/org';
import { labelOf } from '../../../lib/format';
import { usePublicConfig } from '../api/get-public-config';
import { useRegionOutlines } from '../api/get-region-outlines';
import type { Mine } from '../types';
import { buildMineLayers } from './mine-map-layers';

const CHONGQING: L.LatLngTuple = [29.9, 107.6];

/**
 * Schematic map: district outlines, the mine's boundary and location. No base map unless the deployment
 * configures an approved one (审图号) — published maps in China must use such a base map.
 */
export function MineMap({ mine }: { mine: Mine }) {
  const el = useRef<HTMLDivElement>(null);
  const outlines = useRegionOutlines();
  const config = usePublicConfig();
  const ready = !outlines.isPending && !config.isPending;
  const tileUrl = config.data?.mapTileUrl || undefined;

  useEffect(() => {
    if (!el.current || !ready) return;
    const map = L.map(el.current, { zoomSnap: 0.25, attributionControl: true });
    map.attributionControl.setPrefix(false);
    // Build everything and set the view first, then add: adding layers to a map without a view breaks under StrictMode.
    const { layers, focus } = buildMineLayers(mine, outlines.data);
    if (focus?.isValid()) map.fitBounds(focus, { padding: [24, 24], maxZoom: 15 });
    else map.setView(CHONGQING, 7);
    if (tileUrl) L.tileLayer(tileUrl, { attribution: config.data?.mapTileAttribution ?? undefined, maxZoom: 18 }).addTo(map);
    layers.forEach((layer) => layer.addTo(map));
    return () => {
      map.remove();
    };
  }, [mine, outlines.data, ready, tileUrl, config.data?.mapTileAttribution]);

  const unconverted = mine.boundaryCrs && !mine.boundaryGeoJson;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {unconverted && (
        <Alert type="info" showIcon title={`矿区范围坐标系为${labelOf(BOUNDARY_CRS, mine.boundaryCrs)}，未转换，无法在图上显示`} />
      )}
      {!mine.boundaryCrs && !mine.location && <Alert type="info" showIcon title="该矿山尚未登记位置和矿区范围" />}
      <Spin spinning={!ready}>
        <div ref={el} className="mine-map" data-testid="mine-map" />
      </Spin>
      <Typography.Text type="secondary">区县轮廓为简化示意图，非审图号标准地图</Typography.Text>
    </Space>
  );
}
