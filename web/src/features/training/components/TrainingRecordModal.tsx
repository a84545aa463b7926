import { Col, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { fromIsoDate, optionsFrom, shanghaiToday } from '../../../lib/format';
import { useCreateTrainingRecord } from '../api/create-training-record';
import { useUpdateTrainingRecord } from '../api/update-training-record';
import { TRAINING_CATEGORIES } from '../labels';
import type { TrainingRecord } from '../types';
import { PersonSelect } from './PersonSelect';

interface Values {
  enterpriseId?: string; personId?: string; category?: keyof typeof TRAINING_CATEGORIES; course?: string; hours?: number;
  examScore?: number | null; passed?: boolean; certificateNo?: string; trainedOn?: Dayjs;
}

/**
 * 登记培训记录: enterprise users for their own people; regulators name the employer (credited to its district).
 * With `record`: 更正 (person and employer stay; the record's version guards against a concurrent change).
 */
export function TrainingRecordModal({ open, onClose, record }: { open: boolean; onClose: () => void; record?: TrainingRecord | null }) {
  const { me } = useAuth();
  const [form] = Form.useForm<Values>();
  const create = useCreateTrainingRecord();
  const update = useUpdateTrainingRecord();
  const isEnterprise = me.org.type === 'enterprise';
  const enterpriseId = Form.useWatch('enterpriseId', form) ?? (isEnterprise ? me.org.id : undefined);
  const done = {
    onSuccess: () => { toast().success(record ? '已更正' : '已登记'); form.resetFields(); onClose(); },
    onError: (e: unknown) => reportFormError(form, e),
  };
  const submit = (v: Values) => {
    const content = {
      category: v.category ?? 'safety_manager', course: v.course ?? '', hours: v.hours ?? 0, examScore: v.examScore ?? null,
      passed: v.passed ?? false, certificateNo: v.certificateNo, trainedOn: v.trainedOn?.format('YYYY-MM-DD') ?? '',
    };
    if (record) update.mutate({ id: record.id, version: record.version, ...content }, done);
    else create.mutate({ personId: v.personId ?? '', enterpriseId: isEnterprise ? undefined : v.enterpriseId, ...content }, done);
  };
  const initialValues: Values = record
    ? { category: record.category as Values['category'], course: record.course, hours: record.hours, examScore: record.examScore,
      passed: record.passed, certificateNo: record.certificateNo ?? undefined, trainedOn: fromIsoDate(record.trainedOn) }
    : { category: 'safety_manager', passed: true };
  return (
    <Modal title={record ? '更正培训记录' : '登记三项岗位培训记录'} open={open} onCancel={onClose} onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending} width={720} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initialValues} preserve={false}>
        {record && (
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}
            items={[{ key: 'p', label: '人员', children: record.personName }, { key: 'e', label: '所在企业', children: record.enterpriseName }]} />
        )}
        {!record && !isEnterprise && (
          <Form.Item name="enterpriseId" label="所在企业（计入该企业所在区县）" rules={[{ required: true, message: '请选择企业' }]}>
            <EnterpriseSelect onChange={() => form.setFieldsValue({ personId: undefined })} />
          </Form.Item>
        )}
        <Row gutter={16}>
          {!record && (
            <Col span={12}>
              <Form.Item name="personId" label="人员" rules={[{ required: true, message: '请选择人员' }]}>
                <PersonSelect enterpriseId={enterpriseId} />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item name="category" label="类别" rules={[{ required: true }]}>
              <Select options={optionsFrom(TRAINING_CATEGORIES)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="course" label="培训课程" rules={[{ required: true, whitespace: true, message: '请填写培训课程' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="hours" label="学时" rules={[{ required: true, message: '请填写学时' }]}>
              <InputNumber min={0.5} max={2000} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="examScore" label="考试成绩"><InputNumber min={0} max={100} style={{ width: '100%' }} /></Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="passed" label="考核结果" rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={[{ value: true, label: '合格' }, { value: false, label: '不合格' }]} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="trainedOn" label="培训日期" rules={[{ required: true, message: '请选择培训日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > shanghaiToday()} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="certificateNo" label="培训合格证号"><Input maxLength={60} /></Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
