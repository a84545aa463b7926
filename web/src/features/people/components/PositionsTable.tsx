import { useState } from 'react';
import { Button, Card, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { POSITIONS } from '@contracts/people';
import { EMPTY, formatDate, labelOf } from '../../../lib/format';
import { errorMessage } from '../../../lib/api-error';
import { usePositions } from '../api/get-positions';
import type { Person, Position } from '../types';
import { AddPositionModal } from './AddPositionModal';
import { EndPositionModal } from './EndPositionModal';

/** 任职记录 of one person: current and past appointments; add and end them with person.manage. */
export function PositionsTable({ person, canManage }: { person: Person; canManage: boolean }) {
  const { data = [], isPending, error } = usePositions(person.id);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Position | null>(null);
  return (
    <Card type="inner" title="任职记录"
      extra={canManage && <Button icon={<PlusOutlined />} className="no-print" onClick={() => setAdding(true)}>新增任职</Button>}>
      <Table<Position>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data}
        pagination={false}
        locale={{ emptyText: error ? `加载失败：${errorMessage(error)}` : '暂无任职记录' }}
        columns={[
          { title: '职务', dataIndex: 'position', render: (v, p) => <>{labelOf(POSITIONS, v)}{p.productionSystem ? `（第${p.productionSystem}生产系统）` : ''} {!p.fullTime && <Tag>兼职</Tag>}</> },
          { title: '企业', key: 'e', render: (_, p) => <Link to={`/enterprises/${p.enterpriseId}`}>{p.enterpriseName}</Link> },
          { title: '矿山', key: 'm', render: (_, p) => (p.mineId ? <Link to={`/mines/${p.mineId}`}>{p.mineName}</Link> : EMPTY) },
          { title: '任职开始', dataIndex: 'startDate', render: formatDate },
          { title: '任职结束', key: 'end', render: (_, p) => (p.endDate ? formatDate(p.endDate) : <Tag color="green">在任</Tag>) },
          ...(canManage ? [{
            title: '操作', key: 'op', className: 'no-print',
            render: (_: unknown, p: Position) => !p.endDate && <Button size="small" onClick={() => setEnding(p)}>离任</Button>,
          }] : []),
        ]}
      />
      {adding && <AddPositionModal person={person} open={adding} onClose={() => setAdding(false)} />}
      <EndPositionModal key={ending?.id} position={ending} onClose={() => setEnding(null)} />
    </Card>
  );
}
