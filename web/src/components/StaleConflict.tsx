import { Alert, Button, Table, Typography } from 'antd';
import { formatDateTime } from '../lib/format';

type Row = Record<string, unknown>;

interface StaleConflictProps {
  /** the record as the other user saved it (`current` of the 409 STALE error) */
  current: unknown;
  /** what this user was about to save */
  mine: Row;
  /** field → Chinese label; only these fields are compared */
  labels: Record<string, string>;
  onReload: () => void;
}

const show = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '（空）' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** 409 STALE: shows the other user's values next to ours and offers to reload (optimistic locking). */
export function StaleConflict({ current, mine, labels, onReload }: StaleConflictProps) {
  const theirs = (current && typeof current === 'object' ? current : {}) as Row;
  const rows = Object.entries(labels)
    // fields left out of the request (e.g. an untouched masked phone) are not compared
    .filter(([k]) => k in theirs && k in mine && show(theirs[k]) !== show(mine[k]))
    .map(([k, label]) => ({ key: k, label, theirs: show(theirs[k]), mine: show(mine[k]) }));
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title="该记录已被他人修改"
      description={
        <>
          <Typography.Paragraph>
            在您编辑期间，其他用户保存了新的内容{theirs.updatedAt ? `（${formatDateTime(String(theirs.updatedAt))}）` : ''}。
            您的修改尚未保存。请核对下列差异，重新加载后再修改。
          </Typography.Paragraph>
          {rows.length > 0 && (
            <Table
              size="small"
              pagination={false}
              dataSource={rows}
              columns={[
                { title: '字段', dataIndex: 'label' },
                { title: '对方保存的值', dataIndex: 'theirs' },
                { title: '您填写的值', dataIndex: 'mine' },
              ]}
              style={{ marginBottom: 12 }}
            />
          )}
          <Button type="primary" onClick={onReload}>重新加载（放弃我的修改）</Button>
        </>
      }
    />
  );
}
