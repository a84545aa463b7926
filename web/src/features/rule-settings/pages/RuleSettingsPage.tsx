import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber, Modal, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { RuleSettingOut } from '@contracts/rule-settings';
import { QueryState } from '../../../components/QueryState';
import { api } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { queryClient } from '../../../lib/query-client';

const KEY = ['rule-settings'] as const;

function shown(s: RuleSettingOut, v: unknown): string {
  if (Array.isArray(v)) return v.map((x) => s.options?.[x] ?? x).join('、');
  if (typeof v === 'string') return s.options?.[v] ?? v;
  return String(v);
}

function EditModal({ setting: s, onClose }: { setting: RuleSettingOut; onClose: () => void }) {
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (value: unknown) => api.put<RuleSettingOut>(`/api/rule-settings/${encodeURIComponent(s.key)}`, { value }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const submit = async (value: unknown) => {
    try {
      await save.mutateAsync(value);
      toast().success('已保存');
      onClose();
    } catch (e) {
      reportFormError(form, e);
    }
  };
  const options = Object.entries(s.options ?? {}).map(([value, label]) => ({ value, label }));
  return (
    <Modal open title={s.label} onCancel={onClose} destroyOnHidden
      footer={(
        <Space>
          <Button onClick={() => void submit(null)} disabled={s.isDefault}>恢复默认值（{shown(s, s.default)}）</Button>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>保存</Button>
        </Space>
      )}>
      <Typography.Paragraph type="secondary">{s.note}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ value: s.value }} onFinish={(v: { value: unknown }) => void submit(v.value)}>
        <Form.Item name="value" label="取值" rules={[{ required: true, message: '请填写取值' }]}>
          {s.kind === 'int' ? <InputNumber min={s.min} max={s.max} precision={0} style={{ width: 160 }} />
            : <Select options={options} mode={s.kind === 'positions' ? 'multiple' : undefined} style={{ width: '100%' }} />}
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 规则设置: time limits and thresholds the sources leave open, each with its default and a 待核对 label. */
export default function RuleSettingsPage() {
  const { can } = useAuth();
  const query = useQuery({ queryKey: KEY, queryFn: () => api.get<RuleSettingOut[]>('/api/rule-settings') });
  const [editing, setEditing] = useState<RuleSettingOut | null>(null);
  const columns: TableColumnsType<RuleSettingOut> = [
    { title: '类别', dataIndex: 'group', width: 90 },
    { title: '设置项', dataIndex: 'label', render: (v: string, s) => <>{v} {s.unconfirmed && <Tag color="orange">待核对</Tag>}</> },
    { title: '当前取值', key: 'value', render: (_, s) => <b>{shown(s, s.value)}</b>, width: 200 },
    { title: '默认值', key: 'default', render: (_, s) => shown(s, s.default), width: 160 },
    { title: '说明', dataIndex: 'note' },
    { title: '修改时间', dataIndex: 'updatedAt', render: (v: string | null) => (v ? formatDateTime(v) : '—'), width: 150 },
    ...(can('rules.manage') ? [{ title: '操作', key: 'edit', width: 80,
      render: (_: unknown, s: RuleSettingOut) => <Button size="small" onClick={() => setEditing(s)} data-testid={`edit-${s.key}`}>修改</Button> }] : []),
  ];
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>规则设置</Typography.Title>
      <Typography.Paragraph type="secondary">
        通知和法规未明确、或尚待核对的时限与阈值在此配置；每次修改记入审计日志。标“待核对”的规则以正式文件为准。
      </Typography.Paragraph>
      <QueryState query={query}>{(rows) => <Table rowKey="key" columns={columns} dataSource={rows} pagination={false} size="middle" />}</QueryState>
      {editing && <EditModal setting={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
