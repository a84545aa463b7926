import { Button, DatePicker, Form, Input, Radio, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { labelOf } from '../../../lib/format';
import { reportFormError } from '../../../lib/form-errors';
import { toast } from '../../../lib/feedback';
import { useSpotCheck } from '../api/write-onsite';
import type { MineMonth } from '../types';
import { SPOT_CHECK_RESULTS } from '../labels';

interface Values { checkedOn: Dayjs; checkerName: string; result: 'consistent' | 'inconsistent'; note?: string }

/** 抽查: the month's spot checks, and the regulators' form to record one. */
export function SpotChecks({ view, canCheck, today }: { view: MineMonth; canCheck: boolean; today: string }) {
  const [form] = Form.useForm<Values>();
  const record = useSpotCheck(view.mineId);
  const submit = async (v: Values) => {
    try {
      await record.mutateAsync({ month: view.month, checkedOn: v.checkedOn.format('YYYY-MM-DD'), checkerName: v.checkerName, result: v.result, note: v.note || null });
      toast().success('抽查结果已登记');
      form.resetFields();
    } catch (err) {
      reportFormError(form, err);
    }
  };
  return (
    <div data-testid="spot-checks">
      <Typography.Title level={5}>抽查记录（{view.month}）</Typography.Title>
      <Table size="small" rowKey="id" pagination={false} dataSource={view.spotChecks} locale={{ emptyText: '本月暂无抽查' }}
        columns={[
          { title: '抽查日期', dataIndex: 'checkedOn' },
          { title: '抽查人', dataIndex: 'checkerName' },
          { title: '结果', dataIndex: 'result', render: (v) => labelOf(SPOT_CHECK_RESULTS, v) },
          { title: '说明', dataIndex: 'note', render: (v) => v ?? '—' },
        ]} />
      {canCheck && (
        <Form form={form} layout="inline" style={{ marginTop: 12, rowGap: 8 }} onFinish={(v) => void submit(v)}
          initialValues={{ result: 'consistent', checkedOn: dayjs(today) }}>
          <Form.Item name="checkedOn" label="抽查日期" rules={[{ required: true, message: '请选择抽查日期' }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(today), 'day')} />
          </Form.Item>
          <Form.Item name="checkerName" label="抽查人" rules={[{ required: true, message: '请填写抽查人' }]}><Input style={{ width: 140 }} /></Form.Item>
          <Form.Item name="result" label="结果">
            <Radio.Group options={Object.entries(SPOT_CHECK_RESULTS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="note" label="说明"><Input style={{ width: 220 }} /></Form.Item>
          <Form.Item><Button type="primary" htmlType="submit" loading={record.isPending}>登记抽查</Button></Form.Item>
        </Form>
      )}
    </div>
  );
}
