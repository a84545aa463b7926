import { COMPLEXITY, MINE_KINDS, MINE_SCALES, MINE_STATUSES } from '@contracts/org';
import type { ExcelColumn } from '../../platform/excel/columns';

const opts = (m: Record<string, string>) => Object.values(m).join('／');

/** The mine import template (one row per supervised object; tailings ponds name the mine they serve). */
export const MINE_IMPORT_COLUMNS: ExcelColumn<never>[] = [
  { key: 'name', header: '矿山名称', required: true, width: 28, get: () => null, example: '城口县某某锰矿' },
  { key: 'enterpriseCode', header: '企业统一社会信用代码', required: true, width: 22, get: () => null, note: '企业须已登记' },
  { key: 'region', header: '所在区县', required: true, width: 12, get: () => null, example: '城口县' },
  { key: 'kinds', header: '类型', required: true, width: 12, get: () => null, note: `${opts(MINE_KINDS)}；联合开采填“地下+露天”` },
  { key: 'status', header: '状态', required: true, width: 10, get: () => null, note: opts(MINE_STATUSES) },
  { key: 'mineral', header: '矿种', width: 10, get: () => null, example: '锰矿' },
  { key: 'scale', header: '规模', width: 8, get: () => null, note: opts(MINE_SCALES) },
  { key: 'lon', header: '经度', width: 12, get: () => null, example: '108.6654' },
  { key: 'lat', header: '纬度', width: 12, get: () => null, example: '31.9475' },
  { key: 'miningLicenceNo', header: '采矿许可证号', width: 26, get: () => null, note: '以C开头的23位编号；尾矿库不填。按此号新增或更新' },
  { key: 'miningLicenceFrom', header: '采矿许可证有效期起', width: 14, get: () => null, example: '2023-01-01' },
  { key: 'miningLicenceTo', header: '采矿许可证有效期止', width: 14, get: () => null, example: '2030-12-31' },
  { key: 'safetyLicenceNo', header: '安全生产许可证号', width: 26, get: () => null },
  { key: 'safetyLicenceFrom', header: '安全生产许可证有效期起', width: 14, get: () => null },
  { key: 'safetyLicenceTo', header: '安全生产许可证有效期止', width: 14, get: () => null },
  { key: 'designCapacity', header: '设计生产能力（万吨/年）', width: 12, get: () => null },
  { key: 'independentSystems', header: '独立生产系统数', width: 10, get: () => null },
  { key: 'hydroComplexity', header: '水文地质类型', width: 10, get: () => null, note: opts(COMPLEXITY) },
  { key: 'geoComplexity', header: '工程地质类型', width: 10, get: () => null, note: opts(COMPLEXITY) },
  { key: 'positioningInstalled', header: '是否安装人员定位系统', width: 10, get: () => null, note: '是／否' },
  { key: 'servesMine', header: '服务矿山名称', width: 24, get: () => null, note: '仅尾矿库：同一企业的矿山名称' },
  { key: 'tailingsGrade', header: '尾矿库等别', width: 10, get: () => null, note: '一等／二等／三等／四等／五等' },
  { key: 'damHeightM', header: '坝高（米）', width: 10, get: () => null },
  { key: 'capacityWanM3', header: '库容（万立方米）', width: 10, get: () => null },
  { key: 'headOver', header: '是否头顶库', width: 10, get: () => null, note: '是／否' },
];

const reverse = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
export const KIND_BY_LABEL: Record<string, string[]> = {
  地下: ['underground'], 地下矿山: ['underground'], 露天: ['open_pit'], 露天矿山: ['open_pit'], 尾矿库: ['tailings_pond'],
  '地下+露天': ['underground', 'open_pit'], 联合开采: ['underground', 'open_pit'],
};
export const STATUS_BY_LABEL = reverse(MINE_STATUSES);
export const SCALE_BY_LABEL = { ...reverse(MINE_SCALES), 大: 'large', 中: 'medium', 小: 'small' } as Record<string, string>;
export const COMPLEXITY_BY_LABEL = reverse(COMPLEXITY);
export const YES_NO: Record<string, boolean> = { 是: true, 否: false, Y: true, N: false, true: true, false: false };
