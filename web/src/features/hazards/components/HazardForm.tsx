import { Button, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { HAZARD_GRADES, HAZARD_SOURCES } from '@contracts/hazards';
import { MineSelect } from '../../../components/selects/MineSelect';
import { optionsFrom } from '../../../lib/format';
import { StandardPicker } from './StandardPicker';

export interface HazardFormValues {
  mineId?: string;
  grade?: 'major' | 'general';
  source?: 'enterprise_self_inspection' | 'employee_report' | 'other';
  standardItemCode?: string;
  standardSituationCode?: string;
  description?: string;
  placeText?: string;
  foundAt?: Dayjs;
  foundBy?: string;
  deadline?: Dayjs;
  stopProduction?: boolean;
  workersWithdrawn?: boolean;
}

/** Sources an enterprise may give (监管检查 is the regulator's own registration). */
const ENTERPRISE_SOURCES = optionsFrom(HAZARD_SOURCES).filter((o) => o.value !== 'regulator_inspection');

interface HazardFormProps {
  form: FormInstance<HazardFormValues>;
  /** regulator users register what they found: with a deadline, no source choice */
  regulator: boolean;
  defaultFoundBy: string;
  submitting: boolean;
  onSubmit: (values: HazardFormValues) => void;
  onCancel: () => void;
  /** rendered above the buttons (the report page's photo picker) */
  extra?: ReactNode;
}

/** 隐患上报 / 检查发现登记. A major hazard names its 判定标准 item (and situation). Photos: `extra`, uploaded after creation. */
export function HazardForm({ form, regulator, defaultFoundBy, submitting, onSubmit, onCancel, extra }: HazardFormProps) {
  const mineId = Form.useWatch('mineId', form);
  const grade = Form.useWatch('grade', form);
  return (
    <Form form={form} layout="vertical" onFinish={onSubmit} scrollToFirstError style={{ maxWidth: 880 }}
      initialValues={{ grade: 'major', source: 'enterprise_self_inspection', foundAt: dayjs(), foundBy: defaultFoundBy }}>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="mineId" label="矿山" rules={[{ required: true, message: '请选择矿山' }]}>
            <MineSelect onChange={() => form.setFieldsValue({ standardItemCode: undefined, standardSituationCode: undefined })} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="grade" label="隐患等级" rules={[{ required: true, message: '请选择隐患等级' }]}>
            <Radio.Group options={optionsFrom(HAZARD_GRADES)} optionType="button" />
          </Form.Item>
        </Col>
      </Row>
      {grade === 'major' && <StandardPicker form={form} mineId={mineId} />}
      {!regulator && (
        <Form.Item name="source" label="发现途径">
          <Select options={ENTERPRISE_SOURCES} style={{ maxWidth: 240 }} />
        </Form.Item>
      )}
      <Form.Item name="description" label="隐患描述" rules={[{ required: true, whitespace: true, message: '请填写隐患描述' }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder="隐患的具体情况" />
      </Form.Item>
      <Form.Item name="placeText" label="隐患部位">
        <Input maxLength={200} placeholder="如：-120m中段主泵房" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="foundAt" label="发现时间" rules={[{ required: true, message: '请选择发现时间' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="foundBy" label="发现人" rules={[{ required: true, whitespace: true, message: '请填写发现人' }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      {regulator && (
        <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}
          extra="监管检查发现的隐患登记后直接进入整改">
          <DatePicker style={{ width: 240 }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      )}
      {grade === 'major' && (
        <Form.Item label="现场处置">
          <Space>
            <Form.Item name="stopProduction" valuePropName="checked" noStyle><Checkbox>已停产停工</Checkbox></Form.Item>
            <Form.Item name="workersWithdrawn" valuePropName="checked" noStyle><Checkbox>已撤出作业人员</Checkbox></Form.Item>
          </Space>
        </Form.Item>
      )}
      {extra}
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>{regulator ? '登记' : '上报'}</Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
