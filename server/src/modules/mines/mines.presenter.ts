import type { MineListItem, MineOut } from '@contracts/org';
import { checkMiningLicenceNo } from '@contracts/codes';
import type { MineJoined } from './mines.repository';

const num = (v: string | null) => (v === null ? null : Number(v));
export const todayInShanghai = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Non-blocking findings shown with the mine (the registry's district stays authoritative). */
function warnings(r: MineJoined): string[] {
  const m = r.m;
  const out: string[] = [];
  if (r.insideRegion === false) out.push(`矿山位置不在${r.regionName}轮廓内（轮廓为简化示意，请核对坐标）`);
  if (m.miningLicenceNo) {
    const w = checkMiningLicenceNo(m.miningLicenceNo).warning;
    if (w) out.push(w);
  }
  const today = todayInShanghai();
  if (m.miningLicenceTo && m.miningLicenceTo < today) out.push(`采矿许可证已于${m.miningLicenceTo}过期`);
  if (m.safetyLicenceTo && m.safetyLicenceTo < today) out.push(`安全生产许可证已于${m.safetyLicenceTo}过期`);
  if (m.boundaryOriginal && !m.boundaryConverted) out.push('矿区范围坐标未转换为地理坐标，地图上不显示');
  return out;
}

export function presentMine(r: MineJoined): MineOut {
  const m = r.m;
  return {
    id: m.id, enterpriseId: m.enterpriseId, enterpriseName: r.enterpriseName, regionCode: m.regionCode, regionName: r.regionName,
    name: m.name, kinds: m.kinds, servesMineId: m.servesMineId, servesMineName: r.servesMineName ?? null,
    tailingsGrade: m.tailingsGrade, damHeightM: num(m.damHeightM), capacityWanM3: num(m.capacityWanM3), headOver: m.headOver,
    mineral: m.mineral, scale: m.scale, status: m.status,
    location: r.lon !== null && r.lat !== null ? { lon: Number(r.lon), lat: Number(r.lat) } : null,
    boundaryCrs: m.boundaryCrs, boundaryOriginal: m.boundaryOriginal ?? null,
    boundaryGeoJson: r.boundaryGeoJson ? JSON.parse(r.boundaryGeoJson) : null, boundaryConverted: m.boundaryConverted,
    elevationMinM: num(m.elevationMinM), elevationMaxM: num(m.elevationMaxM),
    miningLicenceNo: m.miningLicenceNo, miningLicenceFrom: m.miningLicenceFrom, miningLicenceTo: m.miningLicenceTo,
    safetyLicenceNo: m.safetyLicenceNo, safetyLicenceFrom: m.safetyLicenceFrom, safetyLicenceTo: m.safetyLicenceTo,
    designCapacity: num(m.designCapacity), independentSystems: m.independentSystems,
    hydroComplexity: m.hydroComplexity, geoComplexity: m.geoComplexity, positioningInstalled: m.positioningInstalled,
    restructuringCategory: m.restructuringCategory, selfInspectionFrom: m.selfInspectionFrom,
    externalIds: (m.externalIds ?? {}) as Record<string, string>, warnings: warnings(r),
    version: m.version, updatedAt: m.updatedAt.toISOString(),
  };
}

export function presentMineListItem(r: MineJoined): MineListItem {
  const m = r.m;
  return {
    id: m.id, name: m.name, enterpriseId: m.enterpriseId, enterpriseName: r.enterpriseName, regionCode: m.regionCode,
    regionName: r.regionName, kinds: m.kinds, status: m.status, mineral: m.mineral, scale: m.scale,
    miningLicenceNo: m.miningLicenceNo, miningLicenceTo: m.miningLicenceTo, safetyLicenceTo: m.safetyLicenceTo,
    updatedAt: m.updatedAt.toISOString(),
  };
}
