import { Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import { BOUNDARY_CRS, COMPLEXITY, MINE_KINDS, MINE_SCALES, MINE_STATUSES } from '@contracts/org';
import { CodeTag, CodeTags } from '../../../components/CodeTag';
import { EMPTY, formatDate, formatDateTime, isPastDate, labelOf, text, yesNo } from '../../../lib/format';
import { KIND_COLORS, STATUS_COLORS } from '../labels';
import type { Mine } from '../types';

type Items = NonNullable<DescriptionsProps['items']>;

const validity = (from: string | null, to: string | null) => (
  <>
    {formatDate(from)} 至 {formatDate(to)}
    {isPastDate(to) && <Typography.Text type="danger">（已过期）</Typography.Text>}
  </>
);

const groups = (m: Mine): [string, Items][] => [
  ['基本信息', [
    { key: 'name', label: '矿山名称', children: m.name },
    { key: 'enterprise', label: '所属企业', children: <Link to={`/enterprises/${m.enterpriseId}`}>{m.enterpriseName}</Link> },
    { key: 'region', label: '所在区县', children: m.regionName },
    { key: 'kinds', label: '矿山类型', children: <CodeTags labels={MINE_KINDS} values={m.kinds} colors={KIND_COLORS} /> },
    { key: 'status', label: '矿山状态', children: <CodeTag labels={MINE_STATUSES} value={m.status} colors={STATUS_COLORS} /> },
    { key: 'mineral', label: '矿种', children: text(m.mineral) },
    { key: 'scale', label: '规模', children: labelOf(MINE_SCALES, m.scale) },
    { key: 'location', label: '位置（经度, 纬度）', children: m.location ? `${m.location.lon}, ${m.location.lat}` : EMPTY },
    { key: 'restructuring', label: '四个一批类别', children: text(m.restructuringCategory) },
    { key: 'selfInspection', label: '自查起始日期', children: formatDate(m.selfInspectionFrom) },
    { key: 'external', label: '外部编号', children: Object.entries(m.externalIds).map(([k, v]) => `${k}：${v}`).join('；') || EMPTY },
    { key: 'updatedAt', label: '更新时间', children: formatDateTime(m.updatedAt) },
  ]],
  ['许可证', [
    { key: 'miningNo', label: '采矿许可证号', children: text(m.miningLicenceNo) },
    { key: 'miningValid', label: '采矿许可证有效期', children: validity(m.miningLicenceFrom, m.miningLicenceTo) },
    { key: 'safetyNo', label: '安全生产许可证号', children: text(m.safetyLicenceNo) },
    { key: 'safetyValid', label: '安全生产许可证有效期', children: validity(m.safetyLicenceFrom, m.safetyLicenceTo) },
  ]],
  ...(m.kinds.includes('tailings_pond') ? [['尾矿库', [
    { key: 'serves', label: '服务矿山', children: m.servesMineId ? <Link to={`/mines/${m.servesMineId}`}>{m.servesMineName}</Link> : EMPTY },
    { key: 'grade', label: '尾矿库等别', children: text(m.tailingsGrade) },
    { key: 'dam', label: '坝高', children: text(m.damHeightM, ' 米') },
    { key: 'capacity', label: '总库容', children: text(m.capacityWanM3, ' 万立方米') },
    { key: 'headOver', label: '头顶库', children: yesNo(m.headOver) },
  ]] as [string, Items]] : []),
  ['地质与系统', [
    { key: 'elevation', label: '开采标高', children: m.elevationMinM === null && m.elevationMaxM === null ? EMPTY : `${text(m.elevationMinM)} 至 ${text(m.elevationMaxM)} 米` },
    { key: 'capacity', label: '设计生产能力', children: text(m.designCapacity, ' 万吨/年') },
    { key: 'systems', label: '独立生产系统数', children: text(m.independentSystems) },
    { key: 'hydro', label: '水文地质类型', children: labelOf(COMPLEXITY, m.hydroComplexity) },
    { key: 'geo', label: '工程地质类型', children: labelOf(COMPLEXITY, m.geoComplexity) },
    { key: 'positioning', label: '人员定位系统', children: m.positioningInstalled ? '已安装' : '未安装' },
    { key: 'crs', label: '矿区范围坐标系', children: labelOf(BOUNDARY_CRS, m.boundaryCrs) },
    { key: 'converted', label: '坐标转换', children: m.boundaryCrs ? (m.boundaryConverted ? '已转换' : '未转换') : EMPTY },
  ]],
];

/** Every field of a mine, grouped as regulators read a 矿山档案. */
export function MineDescriptions({ mine }: { mine: Mine }) {
  return (
    <>
      {groups(mine).map(([title, items]) => (
        <Descriptions key={title} title={title} bordered size="small" column={{ xs: 1, md: 2 }} items={items} style={{ marginBottom: 24 }} />
      ))}
    </>
  );
}
