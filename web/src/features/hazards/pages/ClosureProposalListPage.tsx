import { useState } from 'react';
import { Button, Form, Input, Modal, Radio, Select, Tag, Typography, type TableColumnsType } from 'antd';
import { CLOSURE_REASONS, CLOSURE_STATUSES, type ClosureProposalOut } from '@contracts/hazards';
import { ListPage } from '../../../components/list-page';
import { MineSelect } from '../../../components/selects/MineSelect';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { formatDateTime, labelOf, optionsFrom } from '../../../lib/format';
import { getProposals, proposalsListKey, useDecideProposal } from '../api/oversight';

const STATUS_COLOR: Record<string, string> = { open: 'orange', adopted: 'red', dismissed: 'default' };

function DecideModal({ proposal, onClose }: { proposal: ClosureProposalOut; onClose: () => void }) {
  const [form] = Form.useForm();
  const decide = useDecideProposal();
  const submit = async (v: { adopt: boolean; note: string }) => {
    try {
      await decide.mutateAsync({ id: proposal.id, input: { version: proposal.version, adopt: v.adopt, note: v.note } });
      toast().success('已审核');
      onClose();
    } catch (e) {
      reportFormError(form, e);
    }
  };
  return (
    <Modal open title={`审核提请关闭建议：${proposal.mineName}`} okText="提交" onOk={() => form.submit()} onCancel={onClose}
      confirmLoading={decide.isPending} destroyOnHidden>
      <Typography.Paragraph>{proposal.summary}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ adopt: true }} onFinish={(v) => void submit(v)}>
        <Form.Item name="adopt" label="审核结果">
          <Radio.Group options={[{ value: true, label: '采纳（提请关闭）' }, { value: false, label: '不予采纳' }]} />
        </Form.Item>
        <Form.Item name="note" label="审核意见" rules={[{ required: true, whitespace: true, message: '请填写审核意见' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 提请关闭建议: raised by the system for human review; the district or city adopts or dismisses each. */
export default function ClosureProposalListPage() {
  const { me } = useAuth();
  const [deciding, setDeciding] = useState<ClosureProposalOut | null>(null);
  const columns: TableColumnsType<ClosureProposalOut> = [
    { title: '提出时间', dataIndex: 'raisedAt', key: 'raisedAt', sorter: true, render: (v: string) => formatDateTime(v), width: 150 },
    { title: '区县', dataIndex: 'regionName', width: 90 },
    { title: '矿山', dataIndex: 'mineName' },
    { title: '事由', dataIndex: 'reason', render: (v: string) => labelOf(CLOSURE_REASONS, v) },
    { title: '情况', dataIndex: 'summary' },
    { title: '状态', dataIndex: 'status', render: (v: string) => <Tag color={STATUS_COLOR[v]}>{labelOf(CLOSURE_STATUSES, v)}</Tag>, width: 120 },
    { title: '审核', key: 'decision', render: (_, p) => (p.status === 'open'
      ? <Button size="small" type="primary" onClick={() => setDeciding(p)} data-testid="decide-proposal">审核</Button>
      : <Typography.Text type="secondary">{p.decidedByName} {formatDateTime(p.decidedAt)}：{p.decisionNote}</Typography.Text>) },
  ];
  return (
    <>
      <ListPage<ClosureProposalOut>
        title="提请关闭建议"
        queryKey={proposalsListKey}
        fetchPage={getProposals}
        columns={columns}
        rowKey="id"
        header={<Typography.Paragraph type="secondary">
          依据硬措施：生产矿山短期内多次被发现重大事故隐患，或无证、证照过期仍在生产的，系统自动提出建议，由监管部门审核。次数和时间窗口为可配置项（默认3个月内2次，“次”按发现日期计）。
        </Typography.Paragraph>}
        filters={(
          <>
            <Form.Item name="status" label="状态">
              <Select allowClear options={optionsFrom(CLOSURE_STATUSES)} style={{ width: 160 }} placeholder="全部" />
            </Form.Item>
            <Form.Item name="reason" label="事由">
              <Select allowClear options={optionsFrom(CLOSURE_REASONS)} style={{ width: 240 }} placeholder="全部" />
            </Form.Item>
            <Form.Item name="mineId" label="矿山"><MineSelect style={{ width: 220 }} /></Form.Item>
            {me.scope.kind === 'city' && <Form.Item name="regionCode" label="区县"><RegionSelect style={{ width: 130 }} /></Form.Item>}
          </>
        )}
      />
      {deciding && <DecideModal proposal={deciding} onClose={() => setDeciding(null)} />}
    </>
  );
}
