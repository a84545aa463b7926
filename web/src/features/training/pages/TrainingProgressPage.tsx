import { useState } from 'react';
import { Button, Card, InputNumber, Progress, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAuth } from '../../../lib/auth';
import { shanghaiToday, text } from '../../../lib/format';
import { useProgress } from '../api/get-progress';
import { TargetModal, type TargetTarget } from '../components/TargetModal';
import type { ProgressRow } from '../types';

function bar(r: ProgressRow) {
  if (!r.target) return <Typography.Text type="secondary">未设目标</Typography.Text>;
  return <Progress percent={Math.round((r.passed / r.target) * 1000) / 10} status={r.passed >= r.target ? 'success' : 'active'} style={{ minWidth: 200 }} />;
}

/** 年度培训目标与进度: distinct persons who passed, credited to the employer's district; the city sees every district. */
export default function TrainingProgressPage() {
  const { can } = useAuth();
  const [year, setYear] = useState(Number(shanghaiToday().slice(0, 4)));
  const [editing, setEditing] = useState<TargetTarget | null>(null);
  const query = useProgress(year);
  const edit = (r: ProgressRow) => setEditing({ year, regionCode: r.regionCode, regionName: r.regionName, target: r.target, source: r.targetSource });
  const columns: TableColumnsType<ProgressRow> = [
    { title: '区县', dataIndex: 'regionName' },
    { title: '目标（人）', dataIndex: 'target', render: (v) => text(v) },
    { title: '已培训合格（人）', dataIndex: 'passed' },
    { title: '完成进度', key: 'bar', render: (_, r) => bar(r) },
    { title: '目标依据', dataIndex: 'targetSource', render: (v) => text(v) },
    ...(can('training.target') ? [{ title: '操作', key: 'op', render: (_: unknown, r: ProgressRow) => <Button size="small" onClick={() => edit(r)}>设定目标</Button> }] : []),
  ];
  return (
    <Card>
      <PageHeader title="三项岗位培训目标与进度"
        sub="渝安办〔2025〕13号：争取2025年培训“三项岗位”人员2790名。按考核合格的不同人员计，计入其所在企业的区县。"
        extra={<Space>年度<InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} /></Space>} />
      <QueryState query={query}>
        {(data) => (
          <>
            {data.city && (
              <Card size="small" style={{ marginBottom: 16 }} title={`全市 ${data.year} 年`}
                extra={can('training.target') && data.city && <Button size="small" onClick={() => edit(data.city!)}>设定全市目标</Button>}>
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <span>目标 {text(data.city.target)} 人，已培训合格 {data.city.passed} 人{data.city.targetSource ? `（依据：${data.city.targetSource}）` : ''}</span>
                  {bar(data.city)}
                </Space>
              </Card>
            )}
            <Table<ProgressRow> rowKey="regionCode" columns={columns} dataSource={data.rows} pagination={false} size="middle" />
          </>
        )}
      </QueryState>
      <TargetModal value={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
