import type { ReactNode } from 'react';
import { Button, ConfigProvider, Divider, Form, Space } from 'antd';
import type { FormInstance } from 'antd';
import type { Mine } from '../types';
import { MineBasicFields } from './MineBasicFields';
import { MineBoundaryFields } from './MineBoundaryFields';
import { MineGeologyFields } from './MineGeologyFields';
import { MineLicenceFields } from './MineLicenceFields';
import { MineTailingsFields } from './MineTailingsFields';
import { isTailings, toFormValues, type MineFormValues } from './mine-form-values';

interface Props {
  form: FormInstance<MineFormValues>;
  initial?: Mine;
  /** 规划和自然资源局: may edit the licences only (mine.licence.update without mine.update) */
  licenceOnly?: boolean;
  /** starting values of a new mine (e.g. the enterprise it was created from) */
  defaults?: Partial<MineFormValues>;
  submitting: boolean;
  onSubmit: (values: MineFormValues) => void;
  onCancel: () => void;
}

const Section = ({ title, disabled, children }: { title: string; disabled?: boolean; children: ReactNode }) => (
  <>
    <Divider titlePlacement="start">{title}</Divider>
    <ConfigProvider componentDisabled={disabled}>{children}</ConfigProvider>
  </>
);

export function MineForm({ form, initial, licenceOnly, defaults, submitting, onSubmit, onCancel }: Props) {
  const kinds = Form.useWatch('kinds', form);
  const enterpriseId = Form.useWatch('enterpriseId', form);
  return (
    <Form<MineFormValues>
      form={form}
      layout="vertical"
      onFinish={onSubmit}
      initialValues={initial ? toFormValues(initial) : { kinds: [], positioningInstalled: false, boundary: { crs: 'EPSG:4490' }, ...defaults }}
      scrollToFirstError
    >
      <Section title="基本信息" disabled={licenceOnly}><MineBasicFields initial={initial} /></Section>
      {isTailings(kinds) && (
        <Section title="尾矿库" disabled={licenceOnly}><MineTailingsFields initial={initial} enterpriseId={enterpriseId} /></Section>
      )}
      <Section title="许可证"><MineLicenceFields /></Section>
      <Section title="地质与系统" disabled={licenceOnly}><MineGeologyFields /></Section>
      <Section title="矿区范围" disabled={licenceOnly}><MineBoundaryFields /></Section>
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>保存</Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
