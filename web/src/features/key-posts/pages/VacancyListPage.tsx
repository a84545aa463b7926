import { Alert, Button, Card, DatePicker, Form, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { MINE_KINDS } from '@contracts/org';
import type { VacancyListOut, VacancyRowOut } from '@contracts/key-posts';
import { PageHeader } from '../../../components/PageHeader';
import { useUrlFilters } from '../../../components/list-page/use-url-filters';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { withQuery } from '../../../lib/api';
import { errorMessage } from '../../../lib/api-error';
import { useAuth } from '../../../lib/auth';
import { download } from '../../../lib/download';
import { labelOf, optionsFrom, shanghaiToday, toIsoDate } from '../../../lib/format';
import { useVacancies, vacancyQuery } from '../api/key-posts';

type District = VacancyListOut['byDistrict'][number];

/** /key-post-vacancies — 关键岗位空缺: mines with vacancies or flags, counted per district. */
export default function VacancyListPage() {
  const { me, can } = useAuth();
  const { params, setParams } = useUrlFilters();
  const filter = { date: params.date, regionCode: params.regionCode, mineKind: params.mineKind, onlyFlagged: params.onlyFlagged };
  const query = useVacancies(filter);
  const data = query.data;
  return (
    <Card>
      <PageHeader
        title="关键岗位空缺"
        sub="按关键岗位配备要求（待核对）核查：岗位须由符合资格的专职人员任职；五职不得兼任；专职主要负责人不得同时在两座矿山任职"
        extra={<>
          {can('data.export') && (
            <Button icon={<DownloadOutlined />} onClick={() => void download(withQuery('/api/key-post-vacancies/export', vacancyQuery(filter)), '关键岗位空缺.xlsx')}>导出Excel</Button>
          )}
          {can('rules.manage') && <Link to="/position-requirements"><Button icon={<SettingOutlined />}>配备要求</Button></Link>}
        </>}
      />
      <Form layout="inline" className="no-print" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="日期">
          <DatePicker allowClear value={params.date ? dayjs(params.date) : null} placeholder={shanghaiToday()}
            onChange={(d) => setParams({ ...params, date: toIsoDate(d) ?? undefined })} />
        </Form.Item>
        {me.scope.kind === 'city' && (
          <Form.Item label="区县">
            <RegionSelect style={{ width: 140 }} value={params.regionCode} onChange={(v) => setParams({ ...params, regionCode: v ?? undefined })} />
          </Form.Item>
        )}
        <Form.Item label="类型">
          <Select allowClear style={{ width: 120 }} options={optionsFrom(MINE_KINDS)} value={params.mineKind}
            onChange={(v?: string) => setParams({ ...params, mineKind: v })} />
        </Form.Item>
        <Form.Item label="只看兼任/多矿任职">
          <Switch checked={params.onlyFlagged === 'true'} onChange={(v) => setParams({ ...params, onlyFlagged: v ? 'true' : undefined })} />
        </Form.Item>
        <Form.Item><Button onClick={() => setParams({})}>重置</Button></Form.Item>
      </Form>
      {query.error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(query.error)} />}
      {data?.truncated && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="矿山较多，列表只显示前一部分，请按区县或类型筛选" />}
      {me.scope.kind !== 'enterprise' && (
        <Table<District> rowKey="regionCode" size="small" pagination={false} style={{ marginBottom: 16 }} loading={query.isFetching}
          dataSource={data?.byDistrict ?? []}
          columns={[
            { title: '区县', dataIndex: 'regionName' },
            { title: '核查矿山', dataIndex: 'mines' },
            { title: '有空缺的矿山', dataIndex: 'minesWithVacancies' },
            { title: '空缺岗位', dataIndex: 'vacancies' },
            { title: '有兼任/多矿任职提示的矿山', dataIndex: 'flaggedMines' },
          ]} />
      )}
      <Typography.Title level={5}>矿山（{data?.items.length ?? 0}）{data && <Typography.Text type="secondary">核查日期 {data.date}</Typography.Text>}</Typography.Title>
      <Table<VacancyRowOut> rowKey="mineId" size="small" loading={query.isFetching} dataSource={data?.items ?? []} pagination={{ pageSize: 50 }}
        columns={[
          { title: '区县', dataIndex: 'regionName', width: 100 },
          { title: '矿山', key: 'mine', render: (_, r) => <Link to={`/mines/${r.mineId}`}>{r.mineName}</Link> },
          { title: '企业', dataIndex: 'enterpriseName' },
          { title: '类型', key: 'kinds', render: (_, r) => r.kinds.map((k) => labelOf(MINE_KINDS, k)).join('、') },
          { title: '空缺', dataIndex: 'vacancies', width: 70, render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0) },
          { title: '空缺岗位', key: 'posts', render: (_, r) => r.vacantPosts.join('、') || '—' },
          { title: '提示', key: 'flags', render: (_, r) => (r.flagTexts.length ? <Space orientation="vertical" size={0}>{r.flagTexts.map((t) => <Tag key={t} color="orange">{t}</Tag>)}</Space> : '—') },
        ]} />
    </Card>
  );
}
