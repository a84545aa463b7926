import { AutoComplete, Button, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { ID_DOCUMENT_TYPES, validateIdDocument, validatePhone, type IdDocumentType } from '@contracts/codes';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import type { Person, PersonInput } from '../types';

export type PersonFormValues = Omit<PersonInput, 'idDocType'> & { idDocType?: IdDocumentType };

export const PERSON_LABELS: Record<string, string> = {
  name: '姓名', idDocType: '证件类型', idNumber: '证件号码', phone: '手机号码', education: '学历', major: '专业', title: '职称', miningYears: '从事矿山工作年限',
  ownerEnterpriseId: '所属企业',
};
const EDUCATION = ['初中', '高中', '中专', '大专', '本科', '硕士研究生', '博士研究生'].map((v) => ({ value: v }));

/** ID number and phone arrive masked; left untouched they go back masked and the server keeps the stored values. */
export function toInput(v: PersonFormValues): PersonInput {
  return {
    name: v.name, idDocType: v.idDocType ?? 'resident_id', idNumber: v.idNumber || null, phone: v.phone || null,
    education: v.education || null, major: v.major || null, title: v.title || null, miningYears: v.miningYears ?? null, ownerEnterpriseId: v.ownerEnterpriseId ?? null,
  };
}

/** Same checks as the server (contracts/codes.ts), skipped while the masked value is untouched. */
const idRule = (masked?: string | null): Rule => ({ getFieldValue }) => ({
  validator: (_r, v?: string) => {
    if (!v || v === masked) return Promise.resolve();
    const r = validateIdDocument(getFieldValue('idDocType') ?? 'resident_id', v);
    return r.ok ? Promise.resolve() : Promise.reject(new Error(r.message));
  },
});
const phoneRule = (masked?: string | null): Rule => ({
  validator: (_r, v?: string) => {
    if (!v || v === masked) return Promise.resolve();
    const r = validatePhone(v);
    return r.ok ? Promise.resolve() : Promise.reject(new Error(r.message));
  },
});

interface Props {
  form: FormInstance<PersonFormValues>;
  initial?: Person;
  /** agency users say which enterprise the person belongs to; enterprise users register their own */
  chooseEnterprise: boolean;
  submitting: boolean;
  onSubmit: (values: PersonFormValues) => void;
  onCancel: () => void;
}

export function PersonForm({ form, initial, chooseEnterprise, submitting, onSubmit, onCancel }: Props) {
  const maskedHint = initial ? '已脱敏显示，不修改则保持原值；如需更改请输入完整内容' : undefined;
  return (
    <Form<PersonFormValues> form={form} layout="vertical" onFinish={onSubmit} scrollToFirstError
      initialValues={initial ? { ...initial, idDocType: initial.idDocType as IdDocumentType } : { idDocType: 'resident_id' }}>
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}><Input maxLength={50} /></Form.Item>
        </Col>
        {chooseEnterprise && (
          <Col xs={24} md={12}>
            <Form.Item name="ownerEnterpriseId" label="所属企业">
              <EnterpriseSelect initialLabel={initial?.ownerEnterpriseName} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Form.Item name="idDocType" label="证件类型">
            <Select options={ID_DOCUMENT_TYPES.map((t) => ({ value: t.code, label: t.label }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="idNumber" label="证件号码" dependencies={['idDocType']} rules={[idRule(initial?.idNumber)]} extra={initial?.idNumber ? maskedHint : undefined}>
            <Input maxLength={30} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="phone" label="手机号码" rules={[phoneRule(initial?.phone)]} extra={initial?.phone ? maskedHint : undefined}>
            <Input maxLength={30} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="education" label="学历"><AutoComplete options={EDUCATION} maxLength={30} /></Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="major" label="专业"><Input maxLength={50} /></Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="title" label="职称"><Input maxLength={50} placeholder="如：采矿工程师" /></Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="miningYears" label="从事矿山工作年限"><InputNumber min={0} max={70} precision={0} suffix="年" style={{ width: '100%' }} /></Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>保存</Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
