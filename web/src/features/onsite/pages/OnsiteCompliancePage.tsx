import { Alert, Card, DatePicker, Form, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useUrlFilters } from '../../../components/list-page/use-url-filters';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { errorMessage } from '../../../lib/api-error';
import { useAuth } from '../../../lib/auth';
import { labelOf, shanghaiToday } from '../../../lib/format';
import { useCompliance } from '../api/get-compliance';
import type { ComplianceRow } from '../types';
import { MONTH, ONSITE_ROLES, previousMonth } from '../labels';

const days = (n: number | null, required: number) => (n === null ? '—' : (
  <Typography.Text type={n >= required ? 'success' : 'danger'}>{n} / {required}</Typography.Text>
));

/** /onsite — 领导在岗不达标清单 for regulators (month, district), every own mine for enterprises; counts per district. */
export default function OnsiteCompliancePage() {
  const { me } = useAuth();
  const { params, setParams } = useUrlFilters();
  const today = shanghaiToday();
  const enterprise = me.org.type === 'enterprise';
  const month = params.month && MONTH.test(params.month) ? params.month : previousMonth(today);
  const all = enterprise || params.all === 'true';
  const q = useCompliance({ month, regionCode: params.regionCode, all: all ? 'true' : undefined });
  const data = q.data;

  return (
    <Card>
      <PageHeader title={enterprise ? '领导在岗' : '领导在岗不达标清单'}
        sub="实际控制人每月在岗≥10个工作日，总工程师≥15个工作日（按国务院节假日安排计工作日）" />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="月份">
          <DatePicker picker="month" format="YYYY-MM" allowClear={false} value={dayjs(`${month}-01`)}
            disabledDate={(d) => d.isAfter(dayjs(today), 'month')} onChange={(d) => d && setParams({ ...params, month: d.format('YYYY-MM') })} />
        </Form.Item>
        {me.scope.kind === 'city' && (
          <Form.Item label="区县">
            <RegionSelect style={{ width: 140 }} value={params.regionCode} onChange={(v) => setParams({ ...params, regionCode: v ?? undefined })} />
          </Form.Item>
        )}
        {!enterprise && (
          <Form.Item label="显示全部矿山">
            <Switch checked={all} onChange={(v) => setParams({ ...params, all: v ? 'true' : undefined })} />
          </Form.Item>
        )}
      </Form>
      {q.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(q.error)} />}
      {data?.scheduleMissing && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`${data.scheduleMissing}，无法判定${month}是否达标`} />}
      {data && !data.scheduleMissing && (
        <Typography.Paragraph>
          {month} 法定工作日 {data.workingDays} 天。{month === today.slice(0, 7) && '本月尚未结束，在岗天数仍在累计。'}
        </Typography.Paragraph>
      )}
      {me.scope.kind === 'city' && data && data.districts.length > 0 && (
        <Table size="small" style={{ marginBottom: 16 }} rowKey="regionCode" pagination={false} dataSource={data.districts}
          columns={[
            { title: '区县', dataIndex: 'regionName' },
            { title: '矿山数', dataIndex: 'mines' },
            { title: '不达标', dataIndex: 'nonCompliant', render: (n: number) => <Typography.Text type={n ? 'danger' : undefined}>{n}</Typography.Text> },
          ]} />
      )}
      <Table<ComplianceRow> size="small" rowKey="mineId" loading={q.isFetching} dataSource={data?.rows ?? []} pagination={{ pageSize: 50 }}
        data-testid="onsite-compliance"
        columns={[
          { title: '矿山', dataIndex: 'mineName', render: (v, r) => <Link to={`/onsite/mines/${r.mineId}?month=${month}`}>{v}</Link> },
          ...(enterprise ? [] : [{ title: '企业', dataIndex: 'enterpriseName' }, { title: '区县', dataIndex: 'regionName' }]),
          { title: '实际控制人在岗', key: 'c', render: (_, r) => days(r.controllerDays, r.controllerRequired) },
          { title: '总工程师在岗', key: 'e', render: (_, r) => days(r.engineerDays, r.engineerRequired) },
          { title: '情况', key: 'status', render: (_, r) => (
            <Space size={4} wrap>
              {r.compliant ? <Tag color="green">达标</Tag> : <Tag color="red">不达标</Tag>}
              {r.missingRoles.map((x) => <Tag key={x} color="volcano">无{labelOf(ONSITE_ROLES, x)}</Tag>)}
              {r.flags > 0 && <Tag color="orange">异常提示 {r.flags}</Tag>}
              {r.spotChecks > 0 && <Tag color="blue">已抽查 {r.spotChecks}</Tag>}
            </Space>
          ) },
        ]} />
    </Card>
  );
}
