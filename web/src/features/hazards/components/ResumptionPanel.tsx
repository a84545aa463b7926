import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Radio, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { RESUMPTION_SETTINGS } from '@contracts/resumptions';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { formatDateTime, text, toIsoDate } from '../../../lib/format';
import { useApplyResumption, useDecideResumption, type Resumption } from '../api/resumptions';
import type { Hazard } from '../types';
import { ResumptionClock, ResumptionStatus, RuleLabel } from './ResumptionClock';

const afterToday = (d: Dayjs) => d.isAfter(dayjs(), 'day');

function ApplyModal({ hazard, onClose }: { hazard: Hazard; onClose: () => void }) {
  const [form] = Form.useForm<{ note: string }>();
  const apply = useApplyResumption(hazard.id);
  const submit = (v: { note: string }) => apply.mutateAsync(v)
    .then(() => { toast().success('复产申请已提交'); onClose(); })
    .catch((e: unknown) => reportFormError(form, e));
  return (
    <Modal open title="申请复产" okText="提交申请" onOk={() => form.submit()} onCancel={onClose} confirmLoading={apply.isPending} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 12 }}
        title={`提交后由监管部门现场核查；核查时限按系统设置计算（${RESUMPTION_SETTINGS.days.label}；${RESUMPTION_SETTINGS.basis.label}）。`} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="note" label="复产申请说明" rules={[{ required: true, whitespace: true, message: '请填写复产申请说明' }]}>
          <Input.TextArea rows={4} maxLength={2000} placeholder="整改完成情况、安全条件、复产范围" data-testid="resumption-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type DecideValues = { approve: boolean; verifiedOn?: Dayjs; note?: string };

function DecideModal({ r, onClose }: { r: Resumption; onClose: () => void }) {
  const [form] = Form.useForm<DecideValues>();
  const decide = useDecideResumption();
  const approve = Form.useWatch('approve', form) ?? true;
  const submit = (v: DecideValues) => decide.mutateAsync({ id: r.id, input: { approve: v.approve, verifiedOn: toIsoDate(v.verifiedOn), note: v.note } })
    .then(() => { toast().success(v.approve ? '已确认复产核查通过' : '已不予复产'); onClose(); })
    .catch((e: unknown) => reportFormError(form, e));
  return (
    <Modal open title="复产现场核查" okText="确定" onOk={() => form.submit()} onCancel={onClose} confirmLoading={decide.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ approve: true, verifiedOn: dayjs() }} onFinish={(v) => void submit(v)}>
        <Form.Item name="approve" label="核查结论">
          <Radio.Group options={[{ value: true, label: '核查通过，同意复产' }, { value: false, label: '不予复产' }]} />
        </Form.Item>
        {approve && (
          <Form.Item name="verifiedOn" label="现场核查日期" rules={[{ required: true, message: '请填写现场核查日期' }]}>
            <DatePicker disabledDate={afterToday} />
          </Form.Item>
        )}
        <Form.Item name="note" label={approve ? '核查意见' : '不予复产的理由'}
          rules={approve ? [] : [{ required: true, whitespace: true, message: '请填写不予复产的理由' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 复产申请 on the hazard page: the enterprise applies, the clock runs, the deciding agency verifies on site. */
export function ResumptionPanel({ hazard: h }: { hazard: Hazard }) {
  const [applying, setApplying] = useState(false);
  const [deciding, setDeciding] = useState<Resumption | null>(null);
  if (!h.stopProduction && h.resumptions.length === 0) return null;
  return (
    <Card type="inner" title="复产申请" style={{ marginBottom: 16 }} data-testid="resumption-panel"
      extra={h.canApplyResumption && <Button type="primary" onClick={() => setApplying(true)} data-testid="resumption-apply">申请复产</Button>}>
      {h.resumptions.length === 0 ? (
        <Alert type="info" showIcon title={h.canApplyResumption ? '本隐患责令停产整改，已验收通过，企业可申请复产。'
          : '本隐患责令停产整改：整改验收通过后，企业可申请复产，监管部门在规定时限内现场核查（时限天数和计算方式待核对）。'} />
      ) : (
        <Table<Resumption> rowKey="id" size="small" pagination={false} dataSource={h.resumptions} scroll={{ x: 'max-content' }}
          columns={[
            { title: '申请时间', key: 'appliedAt', render: (_, r) => formatDateTime(r.appliedAt) },
            { title: '申请说明', dataIndex: 'note' },
            { title: '核查时限', key: 'rule', render: (_, r) => <RuleLabel r={r} /> },
            { title: '核查期限', key: 'due', render: (_, r) => <ResumptionClock r={r} /> },
            { title: '状态', key: 'status', render: (_, r) => <ResumptionStatus r={r} /> },
            { title: '现场核查日期', dataIndex: 'verifiedOn', render: (v) => text(v) },
            { title: '核查意见', dataIndex: 'decisionNote', render: (v) => text(v) },
            {
              title: '操作', key: 'ops', className: 'no-print',
              render: (_, r) => r.canDecide && (
                <Space><Button size="small" type="primary" onClick={() => setDeciding(r)} data-testid="resumption-decide">现场核查</Button></Space>
              ),
            },
          ]} />
      )}
      {applying && <ApplyModal hazard={h} onClose={() => setApplying(false)} />}
      {deciding && <DecideModal r={deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}
