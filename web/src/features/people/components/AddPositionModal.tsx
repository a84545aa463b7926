import { DatePicker, Form, InputNumber, Modal, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { POSITIONS, type PositionCode } from '@contracts/people';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { MineSelect } from '../../../components/selects/MineSelect';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { optionsFrom, toIsoDate } from '../../../lib/format';
import { useCreatePosition } from '../api/create-position';
import type { Person } from '../types';

interface Values { enterpriseId: string; mineId?: string; position: PositionCode; startDate: Dayjs; endDate?: Dayjs | null; fullTime: boolean; productionSystem?: number | null }

/** 新增任职: a person holds a position in an enterprise (optionally at one mine) from a date. */
export function AddPositionModal({ person, open, onClose }: { person: Person; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreatePosition();
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const submit = (v: Values) =>
    create.mutate(
      { personId: person.id, enterpriseId: v.enterpriseId, mineId: v.mineId ?? null, position: v.position,
        startDate: toIsoDate(v.startDate) ?? '', endDate: toIsoDate(v.endDate), fullTime: v.fullTime, productionSystem: v.productionSystem ?? null },
      {
        onSuccess: () => { toast().success('任职已登记'); onClose(); },
        onError: (e) => reportFormError(form, e),
      },
    );
  return (
    <Modal title={`新增任职：${person.name}`} open={open} onOk={() => form.submit()} onCancel={onClose}
      confirmLoading={create.isPending} okText="保存" destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}
        initialValues={{ enterpriseId: person.ownerEnterpriseId ?? undefined, fullTime: true }}>
        <Form.Item name="enterpriseId" label="任职企业" rules={[{ required: true, message: '请选择企业' }]}>
          <EnterpriseSelect initialLabel={person.ownerEnterpriseName} onChange={() => form.setFieldValue('mineId', undefined)} />
        </Form.Item>
        <Form.Item name="mineId" label="矿山" extra="在企业层面任职（如主要负责人）可不选">
          <MineSelect enterpriseId={enterpriseId} disabled={!enterpriseId} />
        </Form.Item>
        <Form.Item name="position" label="职务" rules={[{ required: true, message: '请选择职务' }]}>
          <Select options={optionsFrom(POSITIONS)} placeholder="请选择" />
        </Form.Item>
        <Form.Item name="startDate" label="任职开始日期" rules={[{ required: true, message: '请选择任职开始日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endDate" label="任职结束日期（可不填）"><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="fullTime" label="专职" valuePropName="checked" extra="关键岗位只由专职人员任职时视为配备"><Switch /></Form.Item>
        <Form.Item name="productionSystem" label="所属独立生产系统（可不填）" extra="五职矿长按独立生产系统配备，有多个系统时请填写序号">
          <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
