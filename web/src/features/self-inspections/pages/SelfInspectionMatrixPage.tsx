import { Alert, Button, Card, DatePicker, Divider, Form, Space, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import type { MonthStatus } from '@contracts/self-inspections';
import { PageHeader } from '../../../components/PageHeader';
import { PrintButton } from '../../../components/PrintButton';
import { useUrlFilters } from '../../../components/list-page/use-url-filters';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { errorMessage } from '../../../lib/api-error';
import { useAuth } from '../../../lib/auth';
import { shanghaiToday } from '../../../lib/format';
import { useMatrix } from '../api/get-matrix';
import { useStats } from '../api/get-stats';
import { MatrixTable } from '../components/MatrixTable';
import { StatsTable } from '../components/StatsTable';
import { CELL_COLORS, CELL_HINTS, CELL_LABELS, MAX_MONTHS } from '../labels';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const fmt = (d: Dayjs) => d.format('YYYY-MM');

/** The URL's range, or the last 6 months up to the current one (Asia/Shanghai). */
function rangeOf(params: Record<string, string | undefined>) {
  const current = dayjs(shanghaiToday()).startOf('month');
  const to = params.to && MONTH.test(params.to) ? params.to : fmt(current);
  const from = params.from && MONTH.test(params.from) ? params.from : fmt(dayjs(`${to}-01`).subtract(5, 'month'));
  return { from, to };
}

function monthsOf({ from, to }: { from: string; to: string }): string[] {
  const out: string[] = [];
  for (let m = dayjs(`${from}-01`); fmt(m) <= to && out.length < MAX_MONTHS; m = m.add(1, 'month')) out.push(fmt(m));
  return out;
}

function Legend() {
  return (
    <Space size={4} wrap>
      <Typography.Text type="secondary">图例：</Typography.Text>
      {(Object.keys(CELL_LABELS) as MonthStatus[]).map((s) => (
        <Tooltip key={s} title={CELL_HINTS[s]}><Tag color={CELL_COLORS[s]}>{CELL_LABELS[s]}</Tag></Tooltip>
      ))}
      <Tooltip title="截止日期后才录入的记录（与逾期报送同时标记）"><Tag color="purple">补录</Tag></Tooltip>
    </Space>
  );
}

/** /self-inspections — 重大隐患月度自查完成情况: stats per division and month, then mines × months. */
export default function SelfInspectionMatrixPage() {
  const { me, can } = useAuth();
  const { params, setParams } = useUrlFilters();
  const range = rangeOf(params);
  const enterprise = me.org.type === 'enterprise';
  const filter = { ...range, regionCode: params.regionCode, enterpriseId: params.enterpriseId };
  const matrix = useMatrix(filter);
  const stats = useStats(range);
  const canSubmit = enterprise && can('selfinspection.submit');
  const current = dayjs(shanghaiToday()).startOf('month');
  const error = matrix.error ?? stats.error;
  // the stats API has no division filter: a city user's 区县 choice narrows its rows here
  const statsShown = stats.data && params.regionCode
    ? { rows: stats.data.rows.filter((r) => r.regionCode === params.regionCode) }
    : stats.data;

  return (
    <Card>
      <PageHeader
        title="重大隐患月度自查"
        sub="渝安办〔2025〕13号：企业主要负责人每月至少组织一次重大事故隐患自查（每座矿山每月一次）"
        extra={<>
          {canSubmit && <Link to="/self-inspections/new"><Button type="primary" icon={<PlusOutlined />}>填报本月自查</Button></Link>}
          <PrintButton />
        </>}
      />
      <Form layout="inline" className="no-print" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="月份范围">
          <DatePicker.RangePicker
            picker="month"
            format="YYYY-MM"
            allowClear={false}
            value={[dayjs(`${range.from}-01`), dayjs(`${range.to}-01`)]}
            disabledDate={(d) => d.isAfter(current, 'month')}
            onChange={(v) => {
              const [a, b] = v ?? [];
              if (a && b) setParams({ ...params, from: fmt(a), to: fmt(b) });
            }}
          />
        </Form.Item>
        {me.scope.kind === 'city' && (
          <Form.Item label="区县">
            <RegionSelect style={{ width: 140 }} value={params.regionCode}
              onChange={(v) => setParams({ ...params, regionCode: v ?? undefined })} />
          </Form.Item>
        )}
        {!enterprise && (
          <Form.Item label="企业">
            <EnterpriseSelect style={{ width: 260 }} value={params.enterpriseId}
              onChange={(v) => setParams({ ...params, enterpriseId: v ?? undefined })} />
          </Form.Item>
        )}
        <Form.Item>
          <Button onClick={() => setParams({})}>重置</Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">
        {range.from} 至 {range.to}，最多 {MAX_MONTHS} 个月。截止日期为当月最后一天（加系统设置的宽限天数）。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(error)} />}
      <StatsTable stats={statsShown} months={monthsOf(range)} loading={stats.isFetching} />
      <Divider />
      <Space style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>各矿山逐月情况</Typography.Title>
        <Legend />
      </Space>
      <MatrixTable matrix={matrix.data} loading={matrix.isFetching} canSubmit={canSubmit}
        showRegion={me.scope.kind === 'city'} showEnterprise={me.scope.kind !== 'enterprise' || me.scope.enterpriseIds.length > 1} />
    </Card>
  );
}
