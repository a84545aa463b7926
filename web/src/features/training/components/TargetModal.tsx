import { Form, Input, InputNumber, Modal } from 'antd';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { usePutTarget } from '../api/put-target';

export interface TargetTarget { year: number; regionCode: string; regionName: string; target: number | null; source: string | null }

/** 设定年度培训目标 (city roles). */
export function TargetModal({ value, onClose }: { value: TargetTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<{ target?: number; source?: string }>();
  const put = usePutTarget();
  const submit = (v: { target?: number; source?: string }) => {
    if (!value) return;
    put.mutate({ year: value.year, regionCode: value.regionCode, target: v.target ?? 0, source: v.source ?? '' }, {
      onSuccess: () => { toast().success('已保存'); onClose(); },
      onError: (e) => reportFormError(form, e),
    });
  };
  return (
    <Modal title={value ? `${value.year}年 ${value.regionName} 培训目标` : ''} open={!!value} onCancel={onClose} onOk={() => form.submit()}
      confirmLoading={put.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}
        initialValues={{ target: value?.target ?? undefined, source: value?.source ?? '' }}>
        <Form.Item name="target" label="目标人数（考核合格的不同人员）" rules={[{ required: true, message: '请填写目标人数' }]}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="source" label="目标依据" rules={[{ required: true, whitespace: true, message: '请填写目标依据' }]}>
          <Input maxLength={200} placeholder="如：渝安办〔2025〕13号" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
