import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Space, Switch, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { PlusOutlined } from '@ant-design/icons';
import { PageHeader } from '../../../components/PageHeader';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { text, toIsoDate } from '../../../lib/format';
import { useAddCertificateType, useCertificateTypes, useEndCertificateType } from '../api/certificate-types';
import type { CertificateType } from '../types';

interface AddValues {
  code: string; name: string; category: string; validYears: number; reviewYears: number; extendedReviewYears: number;
  effectiveFrom: Dayjs; effectiveTo?: Dayjs | null; source: string; unconfirmed: boolean;
}

/** A new entry, e.g. the 2026 version of a category with other periods (the current entry must be ended first). */
function AddTypeModal({ from, onClose }: { from?: CertificateType; onClose: () => void }) {
  const [form] = Form.useForm<AddValues>();
  const add = useAddCertificateType();
  const initial = from ? { ...from, effectiveFrom: undefined, effectiveTo: undefined, unconfirmed: true } : { validYears: 6, reviewYears: 3, extendedReviewYears: 6, unconfirmed: true };
  return (
    <Modal open title={from ? `新增版本：${from.code} ${from.name}` : '新增目录条目'} okText="保存" confirmLoading={add.isPending}
      onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => add.mutate(
        { ...v, effectiveFrom: toIsoDate(v.effectiveFrom)!, effectiveTo: toIsoDate(v.effectiveTo) },
        { onSuccess: () => { toast().success('已新增'); onClose(); }, onError: (e) => reportFormError(form, e) },
      )}>
        <Form.Item name="code" label="类别代码" rules={[{ required: true, message: '请填写类别代码' }]}><Input disabled={!!from} maxLength={20} /></Form.Item>
        <Form.Item name="name" label="作业名称" rules={[{ required: true, message: '请填写作业名称' }]}><Input maxLength={60} /></Form.Item>
        <Form.Item name="category" label="作业类别" rules={[{ required: true, message: '请填写作业类别' }]}><Input maxLength={60} /></Form.Item>
        <Space>
          <Form.Item name="validYears" label="有效期（年）" rules={[{ required: true }]}><InputNumber min={1} max={20} /></Form.Item>
          <Form.Item name="reviewYears" label="复审周期（年）" rules={[{ required: true }]}><InputNumber min={1} max={20} /></Form.Item>
          <Form.Item name="extendedReviewYears" label="延长后复审周期（年）" rules={[{ required: true }]}><InputNumber min={1} max={20} /></Form.Item>
        </Space>
        <Space>
          <Form.Item name="effectiveFrom" label="施行日期" rules={[{ required: true, message: '请选择施行日期' }]}><DatePicker /></Form.Item>
          <Form.Item name="effectiveTo" label="截止日期"><DatePicker /></Form.Item>
        </Space>
        <Form.Item name="source" label="依据" rules={[{ required: true, message: '请填写依据' }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="unconfirmed" label="待核对" valuePropName="checked"><Switch /></Form.Item>
      </Form>
    </Modal>
  );
}

function EndTypeModal({ type, onClose }: { type: CertificateType; onClose: () => void }) {
  const [form] = Form.useForm<{ effectiveTo: Dayjs }>();
  const end = useEndCertificateType();
  return (
    <Modal open title={`设置截止日期：${type.code} ${type.name}`} okText="保存" confirmLoading={end.isPending} onOk={() => form.submit()} onCancel={onClose}>
      <Form form={form} layout="vertical" onFinish={(v) => end.mutate({ id: type.id, effectiveTo: toIsoDate(v.effectiveTo)! },
        { onSuccess: () => { toast().success('已保存'); onClose(); }, onError: (e) => reportFormError(form, e) })}>
        <Form.Item name="effectiveTo" label="截止日期（含当日）" rules={[{ required: true, message: '请选择截止日期' }]}><DatePicker /></Form.Item>
      </Form>
    </Modal>
  );
}

/** 特种作业目录: every entry with its effective dates; a certificate follows the entry in force on its issue date. */
export default function CertificateTypesPage() {
  const { can } = useAuth();
  const types = useCertificateTypes();
  const [adding, setAdding] = useState<{ from?: CertificateType } | null>(null);
  const [ending, setEnding] = useState<CertificateType | null>(null);
  const manage = can('rules.manage');
  return (
    <Card>
      <PageHeader title="特种作业目录" extra={manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding({})}>新增条目</Button>} />
      <Alert type="warning" showIcon style={{ marginBottom: 16 }}
        message="目录按2010年《特种作业目录》预置，标为待核对：应急管理部令第19号和应急〔2026〕45号自2026-06-01施行，可能调整了类别和期限。新版本请先为现行条目设置截止日期，再新增自新日期起施行的条目。" />
      <Table<CertificateType> rowKey="id" size="small" loading={types.isLoading} dataSource={types.data ?? []} pagination={false} scroll={{ x: 'max-content' }}
        columns={[
          { title: '代码', dataIndex: 'code' },
          { title: '作业名称', dataIndex: 'name' },
          { title: '类别', dataIndex: 'category' },
          { title: '有效期', dataIndex: 'validYears', render: (v) => `${v}年` },
          { title: '复审', key: 'review', render: (_, t) => `每${t.reviewYears}年（延长后每${t.extendedReviewYears}年）` },
          { title: '施行', key: 'range', render: (_, t) => `${t.effectiveFrom} 至 ${text(t.effectiveTo)}` },
          { title: '状态', key: 'state', render: (_, t) => <Space>{t.current && <Tag color="green">现行</Tag>}{t.unconfirmed && <Tag color="orange">待核对</Tag>}</Space> },
          { title: '依据', dataIndex: 'source', ellipsis: true },
          ...(manage ? [{ title: '操作', key: 'ops', render: (_: unknown, t: CertificateType) => (
            <Space>
              <Button size="small" onClick={() => setAdding({ from: t })}>新增版本</Button>
              <Button size="small" onClick={() => setEnding(t)}>设置截止</Button>
            </Space>
          ) }] : []),
        ]} />
      {adding && <AddTypeModal from={adding.from} onClose={() => setAdding(null)} />}
      {ending && <EndTypeModal type={ending} onClose={() => setEnding(null)} />}
    </Card>
  );
}
