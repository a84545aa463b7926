import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { postLabel, type KeyPostOut } from '@contracts/key-posts';
import { errorMessage } from '../../../lib/api-error';
import { formatDate, shanghaiToday, toIsoDate } from '../../../lib/format';
import { useMineKeyPosts } from '../api/key-posts';
import { VacancyHazardModal, type HazardTarget } from './VacancyHazardModal';

function HolderCell({ post }: { post: KeyPostOut }) {
  const h = post.holder;
  if (!h) return <Typography.Text type="secondary">无人任职</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      <Link to={`/people/${h.personId}`}>{h.personName}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDate(h.startDate)} 起{h.fullTime ? '' : '（兼职）'}
      </Typography.Text>
    </Space>
  );
}

/** 关键岗位配备 of one mine on a date: each required post, its holder, qualified or not, vacancies highlighted. */
export function KeyPostsPanel({ mineId }: { mineId: string }) {
  const [date, setDate] = useState<string | undefined>();
  const query = useMineKeyPosts(mineId, date);
  const [target, setTarget] = useState<HazardTarget | null>(null);
  const data = query.data;
  const raisable = (p: KeyPostOut) => data?.hazardPositions.find((h) => h.position === p.position && h.productionSystem === p.productionSystem);
  return (
    <Card type="inner" title="关键岗位配备" style={{ marginTop: 16 }}
      extra={(
        <Space className="no-print">
          <span>日期</span>
          <DatePicker allowClear value={date ? dayjs(date) : null} placeholder={shanghaiToday()}
            onChange={(d) => setDate(toIsoDate(d) ?? undefined)} />
        </Space>
      )}>
      {query.error && <Alert type="error" showIcon title={errorMessage(query.error)} />}
      {data && (
        <Space style={{ marginBottom: 8 }} wrap>
          <Tag color={data.vacancies ? 'red' : 'green'}>空缺 {data.vacancies}</Tag>
          {data.flags > 0 && <Tag color="orange">提示 {data.flags}</Tag>}
          <Typography.Text type="secondary">
            独立生产系统 {data.independentSystems} 个；配备要求待核对，以正式文件为准（一个岗位仅由符合资格的专职人员任职时视为配备）。
          </Typography.Text>
        </Space>
      )}
      <Table<KeyPostOut>
        rowKey="rowId"
        size="small" pagination={false} loading={query.isPending} dataSource={(data?.posts ?? []).map((p, i) => ({ ...p, rowId: i }))}
        onRow={(p) => ({ style: p.filled ? undefined : { background: '#fff1f0' } })}
        columns={[
          { title: '岗位', key: 'post', render: (_, p) => <>{postLabel(p.position, p.productionSystem)} {p.fiveDuties && <Tag>五职</Tag>}</> },
          { title: '任职人员', key: 'holder', render: (_, p) => <HolderCell post={p} /> },
          { title: '资格', key: 'qualified', render: (_, p) => (p.holder
            ? (p.holder.qualified ? <Tag color="green">符合</Tag> : <Tooltip title={p.holder.problems.join('；')}><Tag color="red">不符合</Tag></Tooltip>)
            : '—') },
          { title: '配备', key: 'filled', render: (_, p) => (p.filled ? <Tag color="green">已配备</Tag> : <Tag color="red">空缺</Tag>) },
          { title: '问题', key: 'issues', render: (_, p) => [...(p.holder?.problems ?? []), ...p.issues].join('；') || '—' },
          { title: '判定标准', dataIndex: 'hazardItemCode', render: (v: string | null) => v ?? '仅提示' },
          ...(data?.hazardPositions.length ? [{
            title: '操作', key: 'op', className: 'no-print',
            render: (_: unknown, p: KeyPostOut) => {
              const t = raisable(p);
              return t && <Button size="small" danger onClick={() => setTarget(t)}>生成重大隐患</Button>;
            },
          }] : []),
        ]}
      />
      {target && <VacancyHazardModal mineId={mineId} target={target} onClose={() => setTarget(null)} />}
    </Card>
  );
}
