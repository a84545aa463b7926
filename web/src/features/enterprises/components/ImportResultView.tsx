import { Alert, Descriptions, Table } from 'antd';
import type { ImportResult } from '../types';

const count = (v: ImportResult['created']) =>
  v === undefined ? undefined : typeof v === 'number' ? `${v}` : Object.entries(v).map(([k, n]) => `${k} ${n}`).join('，');

/** A registry import's outcome: row counts and, per row, what is wrong (row numbers as in Excel). */
export function ImportResultView({ result, preview }: { result: ImportResult; preview?: boolean }) {
  const errors = result.errors ?? [];
  const created = count(result.created);
  const updated = count(result.updated);
  return (
    <>
      <Descriptions
        size="small"
        column={2}
        style={{ margin: '12px 0' }}
        items={[
          { key: 'total', label: '数据行数', children: result.totalRows },
          { key: 'valid', label: '有效行数', children: result.validRows },
          ...(created !== undefined ? [{ key: 'created', label: preview ? '将新增' : '新增', children: created }] : []),
          ...(updated !== undefined ? [{ key: 'updated', label: preview ? '将更新' : '更新', children: updated }] : []),
        ]}
      />
      {errors.length > 0 ? (
        <>
          <Alert type="error" showIcon title={`发现 ${errors.length} 处错误，请修改表格后重新上传`} style={{ marginBottom: 8 }} />
          <Table
            size="small"
            rowKey={(r) => `${r.sheet ?? ''}-${r.rowNumber}-${r.field ?? ''}-${r.message}`}
            dataSource={errors}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            data-testid="import-errors"
            columns={[
              { title: '行号', dataIndex: 'rowNumber', width: 80, render: (n: number) => (n > 0 ? n : '文件') },
              ...(errors.some((e) => e.sheet) ? [{ title: '工作表', dataIndex: 'sheet', width: 100 }] : []),
              { title: '字段', dataIndex: 'field', width: 140, render: (v?: string) => v ?? '—' },
              { title: '问题', dataIndex: 'message' },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
