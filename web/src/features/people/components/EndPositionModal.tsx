import { DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { POSITIONS } from '@contracts/people';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { labelOf, toIsoDate } from '../../../lib/format';
import { useEndPosition } from '../api/end-position';
import type { Position } from '../types';

/** 离任: ends an appointment on a date (not before it started). */
export function EndPositionModal({ position, onClose }: { position: Position | null; onClose: () => void }) {
  const [form] = Form.useForm<{ endDate: Dayjs }>();
  const end = useEndPosition();
  if (!position) return null;
  const submit = ({ endDate }: { endDate: Dayjs }) =>
    end.mutate({ id: position.id, endDate: toIsoDate(endDate) ?? '' }, {
      onSuccess: () => { toast().success('已登记离任'); onClose(); },
      onError: (e) => reportFormError(form, e),
    });
  return (
    <Modal open title={`离任：${position.personName} · ${labelOf(POSITIONS, position.position)}`} onOk={() => form.submit()}
      onCancel={onClose} confirmLoading={end.isPending} okText="确定" destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ endDate: dayjs() }}>
        <Form.Item name="endDate" label="任职结束日期" rules={[{ required: true, message: '请选择任职结束日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(position.startDate), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
