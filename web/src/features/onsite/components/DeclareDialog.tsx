import { Alert, Form, Modal, Radio, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../../lib/api-error';
import { toast } from '../../../lib/feedback';
import { useDeclareDays } from '../api/write-onsite';
import type { Leader } from '../types';

interface Values { location: 'underground' | 'surface'; arrival?: Dayjs | null; departure?: Dayjs | null }

/** 填报在岗: the picked days of one leader with the same place and times, saved together (all or nothing). */
export function DeclareDialog({ mineId, leader, days, onClose }: { mineId: string; leader: Leader; days: string[]; onClose(done: boolean): void }) {
  const [form] = Form.useForm<Values>();
  const declare = useDeclareDays(mineId);
  const submit = async () => {
    const v = await form.validateFields();
    const hhmm = (t?: Dayjs | null) => (t ? t.format('HH:mm') : null);
    await declare.mutateAsync({
      personId: leader.personId, role: leader.role as 'chief_engineer',
      days: days.map((day) => ({ day, location: v.location, arrival: hhmm(v.arrival), departure: hhmm(v.departure) })),
    });
    toast().success(`已填报 ${days.length} 天`);
    onClose(true);
  };
  return (
    <Modal open title={`填报 ${leader.personName} 的在岗日`} okText="保存" onOk={() => void submit().catch(() => {})}
      confirmLoading={declare.isPending} onCancel={() => onClose(false)}>
      <p>日期：{days.join('、')}</p>
      {declare.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(declare.error)} />}
      <Form form={form} layout="vertical" initialValues={{ location: 'surface' }}>
        <Form.Item name="location" label="在岗地点" rules={[{ required: true }]}>
          <Radio.Group options={[{ value: 'surface', label: '地面' }, { value: 'underground', label: '井下' }]} />
        </Form.Item>
        <Form.Item name="arrival" label="到岗时间（可选）"><TimePicker format="HH:mm" /></Form.Item>
        <Form.Item name="departure" label="离岗时间（可选）"><TimePicker format="HH:mm" /></Form.Item>
      </Form>
    </Modal>
  );
}
