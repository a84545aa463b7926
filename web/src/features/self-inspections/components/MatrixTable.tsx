import { Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { CELL_COLORS, CELL_HINTS, CELL_LABELS } from '../labels';
import type { Matrix, MatrixCell, MatrixRow } from '../types';

interface Props {
  matrix?: Matrix;
  loading: boolean;
  /** enterprise users with selfinspection.submit: a missing or pending cell opens the form for that mine and month */
  canSubmit: boolean;
  /** leave out the 区县 / 企业 columns when every row has the same one */
  showRegion: boolean;
  showEnterprise: boolean;
}

/** Where a cell leads: its record, or (for the submitting enterprise) the form; exempt cells lead nowhere. */
export function cellLink(row: MatrixRow, c: MatrixCell, canSubmit: boolean): string | null {
  if (c.recordId) return `/self-inspections/${c.recordId}`;
  if (canSubmit && (c.status === 'missing' || c.status === 'pending')) {
    return `/self-inspections/new?mineId=${encodeURIComponent(row.mineId)}&month=${c.month}`;
  }
  return null;
}

function Cell({ row, cell, canSubmit }: { row: MatrixRow; cell: MatrixCell; canSubmit: boolean }) {
  const to = cellLink(row, cell, canSubmit);
  const tag = (
    <span data-testid={`cell-${row.mineId}-${cell.month}`} data-status={cell.status}>
      <Tag color={CELL_COLORS[cell.status]} style={{ marginInlineEnd: 2 }}>{CELL_LABELS[cell.status]}</Tag>
      {cell.backfilled && <Tag color="purple">补录</Tag>}
    </span>
  );
  const title = `${row.mineName} ${cell.month}：${CELL_HINTS[cell.status]}${cell.backfilled ? '（补录）' : ''}${
    to ? (cell.recordId ? '。点击查看记录' : '。点击填报') : ''}`;
  return <Tooltip title={title}>{to ? <Link to={to}>{tag}</Link> : tag}</Tooltip>;
}

/** Mines × months: one coloured tag per cell. */
export function MatrixTable({ matrix, loading, canSubmit, showRegion, showEnterprise }: Props) {
  const months = matrix?.months ?? [];
  const columns: TableColumnsType<MatrixRow> = [
    ...(showRegion ? [{ title: '区县', dataIndex: 'regionName', width: 80 }] : []),
    ...(showEnterprise ? [{ title: '企业', dataIndex: 'enterpriseName', width: 170, ellipsis: true }] : []),
    { title: '矿山', dataIndex: 'mineName', fixed: 'left', width: 170, render: (v: string, r) => <Link to={`/mines/${r.mineId}`}>{v}</Link> },
    ...months.map((m, i) => ({
      title: m,
      key: m,
      align: 'center' as const,
      width: 104,
      render: (_: unknown, r: MatrixRow) => {
        const c = r.cells[i]?.month === m ? r.cells[i] : r.cells.find((x) => x.month === m);
        return c ? <Cell row={r} cell={c} canSubmit={canSubmit} /> : null;
      },
    })),
  ];
  return (
    <Table<MatrixRow> size="small" bordered loading={loading} rowKey="mineId" columns={columns}
      dataSource={matrix?.rows ?? []} scroll={{ x: 'max-content' }} data-testid="self-inspection-matrix"
      pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (n) => `共 ${n} 座矿山`, hideOnSinglePage: true }}
      locale={{ emptyText: '范围内没有矿山' }} />
  );
}
