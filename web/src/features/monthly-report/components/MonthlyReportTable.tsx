import { Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { MONTHLY_REPORT_FIGURES, type MonthlyReportOut, type MonthlyReportRow } from '@contracts/monthly-report';
import { EMPTY } from '../../../lib/format';

const percent = (v: number | null) => (v === null ? EMPTY : `${(v * 100).toFixed(1)}%`);

/** One row per division and the city total; each header's tooltip is the figure's definition (contracts). */
export function MonthlyReportTable({ report, loading }: { report?: MonthlyReportOut; loading: boolean }) {
  const rows = report ? (report.total ? [...report.rows, report.total] : report.rows) : [];
  const columns: TableColumnsType<MonthlyReportRow> = [
    { title: '区县', dataIndex: 'regionName', width: 130,
      render: (v: string, r) => (r.regionCode === null ? <strong>{v}</strong> : v) },
    ...MONTHLY_REPORT_FIGURES.map((f) => ({
      key: f.key,
      title: <Tooltip title={f.definition}><span>{f.title} <QuestionCircleOutlined className="no-print" style={{ color: '#999' }} /></span></Tooltip>,
      align: 'right' as const,
      render: (_: unknown, r: MonthlyReportRow) => {
        const v = r[f.key];
        return f.key.startsWith('selfInspection') ? percent(v) : v;
      },
    })),
  ];
  return (
    <Table<MonthlyReportRow> rowKey={(r) => r.regionCode ?? 'total'} size="small" bordered pagination={false}
      loading={loading} columns={columns} dataSource={rows} />
  );
}
