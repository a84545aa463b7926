import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { fromIsoDate, shanghaiToday } from '../../../lib/format';
import { usePutClassroom } from '../api/classrooms';
import type { Classroom } from '../types';

interface Values { connected?: boolean; since?: Dayjs; checkedBy?: string; checkedOn?: Dayjs; note?: string }

/** 登记培训教室视频联网情况 (regulators, after checking). */
export function ClassroomModal({ value, onClose }: { value: Classroom | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const put = usePutClassroom();
  const connected = Form.useWatch('connected', form);
  const submit = (v: Values) => {
    if (!value) return;
    put.mutate({
      mineId: value.mineId, connected: !!v.connected, since: v.connected ? v.since?.format('YYYY-MM-DD') ?? null : null,
      checkedBy: v.checkedBy ?? '', checkedOn: v.checkedOn?.format('YYYY-MM-DD') ?? '', note: v.note, version: value.version ?? undefined,
    }, { onSuccess: () => { toast().success('已保存'); onClose(); }, onError: (e) => reportFormError(form, e) });
  };
  const today = shanghaiToday();
  return (
    <Modal title={value ? `${value.mineName} 培训教室视频联网` : ''} open={!!value} onCancel={onClose} onOk={() => form.submit()}
      confirmLoading={put.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{
        connected: value?.connected ?? true, since: fromIsoDate(value?.since), checkedBy: value?.checkedBy ?? '',
        checkedOn: fromIsoDate(value?.checkedOn ?? today), note: value?.note ?? '',
      }}>
        <Form.Item name="connected" label="是否已联网至市应急管理局" rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={[{ value: true, label: '已联网' }, { value: false, label: '未联网' }]} />
        </Form.Item>
        {connected && (
          <Form.Item name="since" label="联网日期" rules={[{ required: true, message: '请填写联网日期' }]}>
            <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
          </Form.Item>
        )}
        <Form.Item name="checkedBy" label="核查人" rules={[{ required: true, whitespace: true, message: '请填写核查人' }]}><Input maxLength={50} /></Form.Item>
        <Form.Item name="checkedOn" label="核查日期" rules={[{ required: true, message: '请选择核查日期' }]}>
          <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
        </Form.Item>
        <Form.Item name="note" label="备注"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}
