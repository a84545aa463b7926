import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { postLabel } from '@contracts/key-posts';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { toIsoDate } from '../../../lib/format';
import { useCreateVacancyHazard } from '../api/key-posts';

export interface HazardTarget { position: string; productionSystem: number | null; hazardItemCode: string }

/** 生成重大隐患: the district registers a vacancy as a regulator-found major hazard with a deadline. */
export function VacancyHazardModal({ mineId, target, onClose }: { mineId: string; target: HazardTarget; onClose: () => void }) {
  const [form] = Form.useForm<{ deadline: Dayjs; description?: string }>();
  const create = useCreateVacancyHazard(mineId);
  const navigate = useNavigate();
  const submit = (v: { deadline: Dayjs; description?: string }) => create.mutate(
    { position: target.position as never, productionSystem: target.productionSystem, deadline: toIsoDate(v.deadline) ?? '', description: v.description || null },
    {
      onSuccess: (r) => { toast().success(`已登记重大事故隐患（${r.standardItemCode}）`); onClose(); navigate(`/hazards/${r.hazardId}`); },
      onError: (e) => reportFormError(form, e),
    },
  );
  return (
    <Modal open title={`生成重大隐患：${postLabel(target.position, target.productionSystem)}`} okText="登记" onOk={() => form.submit()}
      onCancel={onClose} confirmLoading={create.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        按判定标准 {target.hazardItemCode} 登记为监管检查发现的重大事故隐患（整改中）。同一矿山该条目已有未销号隐患时不能重复登记。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label="隐患描述（可不填，默认按空缺情况生成）">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
