import type { MINE_STATUSES } from '@contracts/org';

/** Tag colour per 矿山状态: producing green, building blue, any stop orange/red, closed grey. */
export const STATUS_COLORS: Record<keyof typeof MINE_STATUSES, string> = {
  construction: 'blue', production: 'green', suspended_rectification: 'red',
  construction_halted: 'orange', suspended: 'orange', closed: 'default',
};

export const KIND_COLORS: Record<string, string> = { underground: 'geekblue', open_pit: 'cyan', tailings_pond: 'purple' };

/** Field labels, for the STALE comparison and anywhere a field is named. */
export const MINE_LABELS: Record<string, string> = {
  name: '矿山名称', enterpriseId: '所属企业', regionCode: '所在区县', kinds: '矿山类型', status: '矿山状态',
  mineral: '矿种', scale: '规模', servesMineId: '服务矿山', tailingsGrade: '尾矿库等别', damHeightM: '坝高',
  capacityWanM3: '库容', headOver: '头顶库', elevationMinM: '最低开采标高', elevationMaxM: '最高开采标高',
  miningLicenceNo: '采矿许可证号', miningLicenceFrom: '采矿许可证有效期起', miningLicenceTo: '采矿许可证有效期止',
  safetyLicenceNo: '安全生产许可证号', safetyLicenceFrom: '安全生产许可证有效期起', safetyLicenceTo: '安全生产许可证有效期止',
  designCapacity: '设计生产能力', independentSystems: '独立生产系统数', hydroComplexity: '水文地质类型',
  geoComplexity: '工程地质类型', positioningInstalled: '人员定位系统', restructuringCategory: '四个一批类别',
  selfInspectionFrom: '自查起始日期', location: '位置坐标',
};
