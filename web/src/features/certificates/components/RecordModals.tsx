import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { REVIEW_RESULTS, VERIFICATION_METHODS, VERIFICATION_RESULTS } from '@contracts/certificates';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { optionsFrom, toIsoDate } from '../../../lib/format';
import { useRecordReview, useRecordVerification } from '../api/get-certificate';

/** 登记复审: a passed review moves the next due date. */
export function ReviewModal({ certificateId, onClose }: { certificateId: string; onClose: () => void }) {
  const [form] = Form.useForm<{ reviewedOn: Dayjs; result: 'passed' | 'failed'; note?: string }>();
  const record = useRecordReview(certificateId);
  return (
    <Modal open title="登记复审" okText="保存" confirmLoading={record.isPending} onOk={() => form.submit()} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={{ result: 'passed' }} onFinish={(v) => record.mutate(
        { reviewedOn: toIsoDate(v.reviewedOn)!, result: v.result, note: v.note || null },
        { onSuccess: () => { toast().success('已登记复审'); onClose(); }, onError: (e) => reportFormError(form, e) },
      )}>
        <Form.Item name="reviewedOn" label="复审日期" rules={[{ required: true, message: '请选择复审日期' }]}><DatePicker /></Form.Item>
        <Form.Item name="result" label="复审结果"><Select options={optionsFrom(REVIEW_RESULTS)} /></Form.Item>
        <Form.Item name="note" label="备注"><Input.TextArea maxLength={500} rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}

type Method = keyof typeof VERIFICATION_METHODS;
type Result = keyof typeof VERIFICATION_RESULTS;

/** 登记核验: entered by the person who checked (扫码、全国查询网站、原件). */
export function VerificationModal({ certificateId, onClose }: { certificateId: string; onClose: () => void }) {
  const [form] = Form.useForm<{ verifiedOn: Dayjs; method: Method; verifierName: string; result: Result; note?: string }>();
  const record = useRecordVerification(certificateId);
  return (
    <Modal open title="登记核验" okText="保存" confirmLoading={record.isPending} onOk={() => form.submit()} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={{ method: 'national_site', result: 'genuine' }} onFinish={(v) => record.mutate(
        { verifiedOn: toIsoDate(v.verifiedOn)!, method: v.method, verifierName: v.verifierName, result: v.result, note: v.note || null },
        { onSuccess: () => { toast().success('已登记核验'); onClose(); }, onError: (e) => reportFormError(form, e) },
      )}>
        <Form.Item name="verifiedOn" label="核验日期" rules={[{ required: true, message: '请选择核验日期' }]}><DatePicker /></Form.Item>
        <Form.Item name="method" label="核验方式"><Select options={optionsFrom(VERIFICATION_METHODS)} /></Form.Item>
        <Form.Item name="verifierName" label="核验人" rules={[{ required: true, message: '请填写核验人' }]}><Input maxLength={50} /></Form.Item>
        <Form.Item name="result" label="核验结果"><Select options={optionsFrom(VERIFICATION_RESULTS)} /></Form.Item>
        <Form.Item name="note" label="备注"><Input.TextArea maxLength={500} rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
