import { useState } from 'react';
import { Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EDUCATION_LEVELS, REQUIREMENT_CONDITIONS, type QualificationRule, type RequirementOut } from '@contracts/key-posts';
import { MINE_KINDS } from '@contracts/org';
import { POSITIONS } from '@contracts/people';
import { QueryState } from '../../../components/QueryState';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { formatDateTime, labelOf } from '../../../lib/format';
import { useRequirements, useUpdateRequirement } from '../api/key-posts';

function describe(q: QualificationRule): string {
  const parts = [
    q.majors?.length && `专业含：${q.majors.join('、')}`,
    (q.minEducation || q.titles?.length) && [q.minEducation && `${q.minEducation}及以上学历`, q.titles?.length && `${q.titles.join('、')}职称`].filter(Boolean).join('或'),
    q.minYears && `从业≥${q.minYears}年`,
    q.fullTime && '专职',
  ];
  return parts.filter(Boolean).join('；') || '—';
}

interface Values { count: number; perSystem: boolean; majors: string[]; minEducation?: string; titles: string[]; minYears?: number | null;
  fullTime: boolean; unconfirmed: boolean; note?: string }

function EditModal({ row, onClose }: { row: RequirementOut; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useUpdateRequirement();
  const q = row.qualification;
  const submit = (v: Values) => save.mutate({ id: row.id, input: {
    count: v.count, perSystem: v.perSystem, unconfirmed: v.unconfirmed, note: v.note || null, version: row.version,
    qualification: { majors: v.majors?.length ? v.majors : undefined, minEducation: v.minEducation as never, titles: v.titles?.length ? v.titles : undefined,
      minYears: v.minYears ?? undefined, fullTime: v.fullTime },
  } }, {
    onSuccess: () => { toast().success('已保存'); onClose(); },
    onError: (e) => reportFormError(form, e),
  });
  return (
    <Modal open title={`${labelOf(MINE_KINDS, row.mineKind)}：${labelOf(POSITIONS, row.position)}`} okText="保存" onOk={() => form.submit()}
      onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}
        initialValues={{ count: row.count, perSystem: row.perSystem, majors: q.majors ?? [], minEducation: q.minEducation, titles: q.titles ?? [],
          minYears: q.minYears, fullTime: !!q.fullTime, unconfirmed: row.unconfirmed, note: row.note ?? '' }}>
        <Space size="large">
          <Form.Item name="count" label="人数（0为不要求）" rules={[{ required: true, message: '请填写人数' }]}><InputNumber min={0} max={20} precision={0} /></Form.Item>
          <Form.Item name="perSystem" label="每个独立生产系统" valuePropName="checked"><Switch /></Form.Item>
          <Form.Item name="fullTime" label="须专职" valuePropName="checked"><Switch /></Form.Item>
        </Space>
        <Form.Item name="majors" label="专业关键词（专业含其一即可）"><Select mode="tags" tokenSeparators={[',', '，', '、']} /></Form.Item>
        <Space size="large">
          <Form.Item name="minEducation" label="最低学历"><Select allowClear style={{ width: 140 }} options={EDUCATION_LEVELS.map((v) => ({ value: v }))} /></Form.Item>
          <Form.Item name="minYears" label="最少从业年限"><InputNumber min={0} max={50} precision={0} /></Form.Item>
        </Space>
        <Form.Item name="titles" label="或职称（含其一即可，助理级不计）"><Select mode="tags" tokenSeparators={[',', '，', '、']} /></Form.Item>
        <Form.Item name="unconfirmed" valuePropName="checked"><Checkbox>待核对</Checkbox></Form.Item>
        <Form.Item name="note" label="说明"><Input.TextArea rows={3} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}

/** /position-requirements — 关键岗位配备要求: seeded, labelled 待核对, edited by rules.manage (audited). */
export default function RequirementsPage() {
  const { can } = useAuth();
  const query = useRequirements();
  const [editing, setEditing] = useState<RequirementOut | null>(null);
  const columns: TableColumnsType<RequirementOut> = [
    { title: '矿山类型', dataIndex: 'mineKind', width: 100, render: (v: string) => labelOf(MINE_KINDS, v) },
    { title: '岗位', dataIndex: 'position', render: (v: string, r) => <>{labelOf(POSITIONS, v)} {r.fiveDuties && <Tag>五职</Tag>} {r.unconfirmed && <Tag color="orange">待核对</Tag>}</> },
    { title: '人数', key: 'count', width: 130, render: (_, r) => `${r.count}${r.perSystem ? ' × 生产系统数' : ''}` },
    { title: '条件', dataIndex: 'condition', render: (v: string | null) => (v ? labelOf(REQUIREMENT_CONDITIONS, v) : '—') },
    { title: '资格要求', key: 'q', render: (_, r) => describe(r.qualification) },
    { title: '判定标准', dataIndex: 'hazardItemCode', width: 90, render: (v: string | null) => v ?? '仅提示' },
    { title: '说明', dataIndex: 'note' },
    { title: '修改时间', dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v) },
    ...(can('rules.manage') ? [{ title: '操作', key: 'edit', width: 80,
      render: (_: unknown, r: RequirementOut) => <Button size="small" onClick={() => setEditing(r)}>修改</Button> }] : []),
  ];
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>关键岗位配备要求</Typography.Title>
      <Typography.Paragraph type="secondary">
        依据渝安办〔2025〕13号及重大事故隐患判定标准（UG-32、TP-19）整理；资格条件为本系统的设定，均标为“待核对”，以正式文件为准。每次修改记入审计日志。
      </Typography.Paragraph>
      <QueryState query={query}>{(rows) => <Table rowKey="id" columns={columns} dataSource={rows} pagination={false} size="middle" />}</QueryState>
      {editing && <EditModal row={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
