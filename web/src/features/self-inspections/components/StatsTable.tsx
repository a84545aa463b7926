import { Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { EMPTY } from '../../../lib/format';
import { COMPLETENESS_HINT, ON_TIME_HINT } from '../labels';
import type { Stats, StatsRow } from '../types';

/** 0.8333 → "83.3%"; null (nothing obliged) → "—". */
export const percent = (v: number | null | undefined) => (v === null || v === undefined ? EMPTY : `${(v * 100).toFixed(1)}%`);

const hint = (label: string, text: string) => (
  <Tooltip title={text}><span>{label} <QuestionCircleOutlined style={{ color: '#999' }} /></span></Tooltip>
);

interface DivisionRow { key: string; regionName: string; byMonth: Map<string, StatsRow> }

function counts(r: StatsRow) {
  return `应报 ${r.obliged}：按时 ${r.submitted}，逾期 ${r.late}，缺报 ${r.missing}，待报 ${r.pending}；免报 ${r.exempt}`;
}

/** 完成率 / 按时率 per division (rows) and month (columns); the counts are in each cell's tooltip. */
export function StatsTable({ stats, months, loading }: { stats?: Stats; months: string[]; loading: boolean }) {
  const divisions = new Map<string, DivisionRow>();
  for (const r of stats?.rows ?? []) {
    const d = divisions.get(r.regionCode) ?? { key: r.regionCode, regionName: r.regionName, byMonth: new Map() };
    d.byMonth.set(r.month, r);
    divisions.set(r.regionCode, d);
  }
  const cell = (field: 'completeness' | 'onTimeRate', month: string) => (_: unknown, d: DivisionRow) => {
    const r = d.byMonth.get(month);
    if (!r) return EMPTY;
    return <Tooltip title={counts(r)}><span>{percent(r[field])}</span></Tooltip>;
  };
  const columns: TableColumnsType<DivisionRow> = [
    { title: '区县', dataIndex: 'regionName', fixed: 'left', width: 100 },
    ...months.map((m) => ({
      title: m,
      key: m,
      children: [
        { title: hint('完成率', COMPLETENESS_HINT), key: `${m}-c`, align: 'right' as const, width: 78, render: cell('completeness', m) },
        { title: hint('按时率', ON_TIME_HINT), key: `${m}-o`, align: 'right' as const, width: 78, render: cell('onTimeRate', m) },
      ],
    })),
  ];
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>完成率与按时率</Typography.Title>
      <Table<DivisionRow> size="small" bordered pagination={false} loading={loading} rowKey="key" columns={columns}
        dataSource={[...divisions.values()]} scroll={{ x: 'max-content' }} data-testid="self-inspection-stats"
        locale={{ emptyText: '暂无数据' }} />
    </>
  );
}
