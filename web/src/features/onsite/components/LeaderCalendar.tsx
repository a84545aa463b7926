import { useState } from 'react';
import { Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { labelOf } from '../../../lib/format';
import type { Leader, MineMonth, OnsiteDay } from '../types';
import { ONSITE_FLAGS, ONSITE_LOCATIONS, ONSITE_ROLES, ONSITE_SOURCES, WEEKDAYS } from '../labels';
import { DeclareDialog } from './DeclareDialog';

interface Props { mineId: string; view: MineMonth; leader: Leader; canDeclare: boolean; today: string; onDelete(id: string): void }

/** Monday = 0 … Sunday = 6. */
const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

function Summary({ leader, missing }: { leader: Leader; missing: string | null }) {
  if (missing || leader.counted === null) return <Typography.Text type="warning">{missing ?? '无法计算'}</Typography.Text>;
  const met = leader.shortfall === 0;
  return (
    <Typography.Text data-testid={`summary-${leader.role}`} type={met ? 'success' : 'danger'}>
      在岗 {leader.counted} 个工作日 / 要求 {leader.required} 个{met ? '，已达标' : `，差 ${leader.shortfall} 天`}
    </Typography.Text>
  );
}

/** One leader's month: the official calendar (休 = 法定节假日, 班 = 调休上班), the days on site, click to pick days to declare. */
export function LeaderCalendar({ mineId, view, leader, canDeclare, today, onDelete }: Props) {
  const [picked, setPicked] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const byDay = new Map<string, OnsiteDay[]>();
  for (const d of leader.days) byDay.set(d.day, [...(byDay.get(d.day) ?? []), d]);
  const blanks = view.calendar.length ? weekdayOf(view.calendar[0]!.day) : 0;
  const selectable = (day: string) => canDeclare && day <= today && !byDay.get(day)?.some((d) => d.source === 'declared');
  const toggle = (day: string) => setPicked((p) => (p.includes(day) ? p.filter((x) => x !== day) : [...p, day].sort()));

  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid={`leader-${leader.role}`}
      title={<Space wrap>{labelOf(ONSITE_ROLES, leader.role)} {leader.personName}<Summary leader={leader} missing={view.scheduleMissing} /></Space>}
      extra={canDeclare && (
        <Button type="primary" disabled={!picked.length} onClick={() => setOpen(true)}>填报所选 {picked.length} 天</Button>
      )}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4, maxWidth: 640 }}>
        {WEEKDAYS.map((w) => <Typography.Text key={w} type="secondary" style={{ textAlign: 'center' }}>{w}</Typography.Text>)}
        {Array.from({ length: blanks }, (_, i) => <div key={`b${i}`} />)}
        {view.calendar.map((c) => {
          const records = byDay.get(c.day) ?? [];
          const counted = records.some((r) => r.counted);
          const flags = [...new Set(records.flatMap((r) => r.flags))];
          const isPicked = picked.includes(c.day);
          const bg = records.length ? (counted ? '#d9f7be' : '#fff1b8') : c.working ? '#fff' : '#f5f5f5';
          return (
            <div key={c.day} data-day={c.day} className="onsite-day"
              onClick={() => selectable(c.day) && toggle(c.day)}
              style={{ border: isPicked ? '2px solid #1677ff' : '1px solid #d9d9d9', borderRadius: 4, padding: 4, minHeight: 52, background: bg,
                cursor: selectable(c.day) ? 'pointer' : 'default' }}>
              <Space size={2}>
                <Typography.Text strong={c.working}>{Number(c.day.slice(8))}</Typography.Text>
                {c.holiday && <Tag color="red" style={{ marginInlineEnd: 0 }}>休</Tag>}
                {c.makeUp && <Tag color="blue" style={{ marginInlineEnd: 0 }}>班</Tag>}
                {flags.length > 0 && <Tooltip title={flags.map((f) => labelOf(ONSITE_FLAGS, f)).join('；')}><WarningOutlined style={{ color: '#fa8c16' }} /></Tooltip>}
              </Space>
              {records.length > 0 && (
                <div style={{ fontSize: 12 }}>{counted ? '在岗·计入' : '在岗·不计入'}</div>
              )}
            </div>
          );
        })}
      </div>
      {leader.days.length > 0 && (
        <Table<OnsiteDay> size="small" style={{ marginTop: 12 }} rowKey="id" pagination={false} dataSource={leader.days}
          columns={[
            { title: '日期', dataIndex: 'day' },
            { title: '到岗', dataIndex: 'arrival', render: (v) => v ?? '—' },
            { title: '离岗', dataIndex: 'departure', render: (v) => v ?? '—' },
            { title: '井下/地面', dataIndex: 'location', render: (v) => labelOf(ONSITE_LOCATIONS, v) },
            { title: '来源', dataIndex: 'source', render: (v) => labelOf(ONSITE_SOURCES, v) },
            { title: '计入', dataIndex: 'counted', render: (v) => (v === null ? '—' : v ? '是' : '否') },
            { title: '提示', dataIndex: 'flags', render: (f: string[]) => f.map((x) => <Tag key={x} color="orange">{labelOf(ONSITE_FLAGS, x)}</Tag>) },
            ...(canDeclare ? [{ title: '操作', key: 'op', render: (_: unknown, d: OnsiteDay) => d.source === 'declared' && (
              <Popconfirm title="删除该日填报？" onConfirm={() => onDelete(d.id)}><Button size="small" danger type="link">删除</Button></Popconfirm>
            ) }] : []),
          ]} />
      )}
      {open && (
        <DeclareDialog mineId={mineId} leader={leader} days={picked}
          onClose={(done) => { setOpen(false); if (done) setPicked([]); }} />
      )}
    </Card>
  );
}
