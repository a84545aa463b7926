import { Checkbox, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { optionsFrom, shanghaiToday } from '../../../lib/format';
import { useCreateVisitHazard } from '../api/create-visit-hazard';
import { HAZARD_GRADES } from '../labels';

interface Values {
  grade?: keyof typeof HAZARD_GRADES; standardItemCode?: string; standardSituationCode?: string; description?: string; placeText?: string;
  foundBy?: string; deadline?: Dayjs; stopProduction?: boolean; workersWithdrawn?: boolean;
}

/** 登记发现的隐患: the hazard starts in 整改中 with the deadline given here, linked to the visit. */
export function VisitHazardModal({ visitId, open, onClose, inspectors }: { visitId: string; open: boolean; onClose: () => void; inspectors: string }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateVisitHazard(visitId);
  const navigate = useNavigate();
  const grade = Form.useWatch('grade', form);
  const submit = (v: Values) => create.mutate({
    grade: v.grade ?? 'general', standardItemCode: v.grade === 'major' ? v.standardItemCode : null,
    standardSituationCode: v.grade === 'major' ? v.standardSituationCode || null : null, description: v.description ?? '',
    placeText: v.placeText, foundAt: new Date().toISOString(), foundBy: v.foundBy ?? '', deadline: v.deadline?.format('YYYY-MM-DD') ?? null,
    stopProduction: !!v.stopProduction, workersWithdrawn: !!v.workersWithdrawn,
  }, {
    onSuccess: (h) => { toast().success('已登记隐患，企业整改中'); onClose(); navigate(`/hazards/${h.id}`); },
    onError: (e) => reportFormError(form, e),
  });
  const today = shanghaiToday();
  return (
    <Modal title="登记检查发现的隐患" open={open} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}
        initialValues={{ grade: 'general', foundBy: inspectors, deadline: dayjs(today).add(15, 'day') }}>
        <Form.Item name="grade" label="隐患等级" rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={optionsFrom(HAZARD_GRADES)} />
        </Form.Item>
        {grade === 'major' && (
          <>
            <Form.Item name="standardItemCode" label="判定标准条款" rules={[{ required: true, message: '请填写判定标准条款编号' }]}
              extra="如 UG-07；条款须适用于该矿山类型（可在“隐患”中查询判定标准）"><Input maxLength={20} /></Form.Item>
            <Form.Item name="standardSituationCode" label="情形编号"><Input maxLength={20} /></Form.Item>
          </>
        )}
        <Form.Item name="description" label="隐患描述" rules={[{ required: true, whitespace: true, message: '请填写隐患描述' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="placeText" label="隐患部位"><Input maxLength={200} /></Form.Item>
        <Form.Item name="foundBy" label="发现人" rules={[{ required: true, whitespace: true, message: '请填写发现人' }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请填写整改期限' }]}>
          <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') < today} />
        </Form.Item>
        <Form.Item name="stopProduction" valuePropName="checked"><Checkbox>责令停产停业</Checkbox></Form.Item>
        <Form.Item name="workersWithdrawn" valuePropName="checked"><Checkbox>已撤出作业人员</Checkbox></Form.Item>
      </Form>
    </Modal>
  );
}
