import { Button, Col, Form, Input, Row, Space } from 'antd';
import type { FormInstance } from 'antd';
import { validateCreditCode, validatePhone } from '@contracts/codes';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import type { Enterprise, EnterpriseInput } from '../types';

export type EnterpriseFormValues = Required<{ [K in keyof EnterpriseInput]: EnterpriseInput[K] | undefined }>;

export const ENTERPRISE_LABELS: Record<string, string> = {
  name: '企业名称', creditCode: '统一社会信用代码', regionCode: '所在区县', address: '地址', parentId: '上级公司',
  legalRepresentative: '法定代表人', contactName: '联系人', contactPhone: '联系电话',
};

export const toFormValues = (e: Enterprise): Partial<EnterpriseFormValues> => ({
  name: e.name, creditCode: e.creditCode, regionCode: e.regionCode, address: e.address, parentId: e.parentId,
  legalRepresentative: e.legalRepresentative, contactName: e.contactName, contactPhone: e.contactPhone,
});

/**
 * Form values → request body. The phone arrives masked (138****1234) and, left untouched, goes back masked:
 * the server keeps the stored number when it receives its own mask (as for people, contracts `describe('masked')`).
 */
export function toInput(v: EnterpriseFormValues): EnterpriseInput {
  return {
    name: v.name ?? '', creditCode: v.creditCode ?? '', regionCode: v.regionCode ?? null, address: v.address || null,
    parentId: v.parentId ?? null, legalRepresentative: v.legalRepresentative || null, contactName: v.contactName || null,
    contactPhone: v.contactPhone || null,
  };
}

/** The masked phone shown in an edit form is not a phone number: only a newly typed one is checked. */
const phoneRule = (masked?: string | null) => ({
  validator: (_: unknown, v?: string) => {
    if (!v || v === masked) return Promise.resolve();
    const r = validatePhone(v);
    return r.ok ? Promise.resolve() : Promise.reject(new Error(r.message));
  },
});

const creditCodeRule = {
  validator: (_: unknown, v?: string) => {
    if (!v) return Promise.resolve();
    const r = validateCreditCode(v);
    return r.ok ? Promise.resolve() : Promise.reject(new Error(r.message));
  },
};

interface Props {
  form: FormInstance<EnterpriseFormValues>;
  initial?: Enterprise;
  /** enterprise users may not change the credit code or the parent company */
  lockIdentity?: boolean;
  submitting: boolean;
  onSubmit: (values: EnterpriseFormValues) => void;
  onCancel: () => void;
}

export function EnterpriseForm({ form, initial, lockIdentity, submitting, onSubmit, onCancel }: Props) {
  return (
    <Form form={form} layout="vertical" onFinish={onSubmit} initialValues={initial ? toFormValues(initial) : undefined} scrollToFirstError>
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label="企业名称" rules={[{ required: true, whitespace: true, message: '请填写企业名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="creditCode" label="统一社会信用代码" rules={[{ required: true, message: '请填写统一社会信用代码' }, creditCodeRule]}>
            <Input maxLength={18} disabled={lockIdentity} style={{ textTransform: 'uppercase' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="regionCode" label="所在区县"><RegionSelect /></Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="parentId" label="上级公司">
            <EnterpriseSelect excludeId={initial?.id} initialLabel={initial?.parentName} disabled={lockIdentity} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="address" label="地址"><Input maxLength={200} /></Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="legalRepresentative" label="法定代表人"><Input maxLength={50} /></Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactName" label="联系人"><Input maxLength={50} /></Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="contactPhone" label="联系电话" rules={[phoneRule(initial?.contactPhone)]} extra={initial?.contactPhone ? '号码已脱敏显示，不修改则保持原号码；如需更改请输入完整号码' : undefined}>
            <Input maxLength={30} placeholder="11位手机号或 023-12345678" />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>保存</Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
