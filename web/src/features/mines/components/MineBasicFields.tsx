import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { DEFAULT_RESTRUCTURING_CATEGORIES, MINE_KINDS, MINE_SCALES, MINE_STATUSES } from '@contracts/org';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { optionsFrom } from '../../../lib/format';
import { usePublicConfig } from '../api/get-public-config';
import type { Mine, MineKind } from '../types';
import { normalizeKinds } from './mine-form-values';

/** 基本信息: owner, place, name, kinds, status, location. */
export function MineBasicFields({ initial }: { initial?: Mine }) {
  const { data: config } = usePublicConfig();
  const categories = config?.restructuringCategories?.length ? config.restructuringCategories : DEFAULT_RESTRUCTURING_CATEGORIES;
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label="矿山名称" rules={[{ required: true, whitespace: true, message: '请填写矿山名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="enterpriseId" label="所属企业" rules={[{ required: true, message: '请选择企业' }]}>
          <EnterpriseSelect initialLabel={initial?.enterpriseName} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="regionCode" label="所在区县" rules={[{ required: true, message: '请选择所在区县' }]}>
          <RegionSelect />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="kinds"
          label="矿山类型"
          extra="地下与露天可同时选择；尾矿库须单独登记"
          rules={[{ required: true, type: 'array', min: 1, message: '请选择矿山类型' }]}
          normalize={(next: MineKind[], prev: MineKind[]) => normalizeKinds(next, prev)}
        >
          <Checkbox.Group options={optionsFrom(MINE_KINDS)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="status" label="矿山状态" rules={[{ required: true, message: '请选择矿山状态' }]}>
          <Select options={optionsFrom(MINE_STATUSES)} placeholder="请选择" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="mineral" label="矿种"><Input maxLength={50} placeholder="如：石灰岩、页岩" /></Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="scale" label="规模"><Select allowClear options={optionsFrom(MINE_SCALES)} placeholder="请选择" /></Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={['location', 'lon']} label="经度（CGCS2000）">
          <InputNumber min={-180} max={180} step={0.000001} precision={6} style={{ width: '100%' }} placeholder="如 106.551557" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={['location', 'lat']} label="纬度（CGCS2000）">
          <InputNumber min={-90} max={90} step={0.000001} precision={6} style={{ width: '100%' }} placeholder="如 29.563010" />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="restructuringCategory" label="四个一批类别" tooltip={config?.restructuringCategoriesNote}>
          <Select allowClear options={categories.map((c) => ({ value: c, label: c }))} placeholder="请选择" />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="selfInspectionFrom" label="自查起始日期"><DatePicker style={{ width: '100%' }} /></Form.Item>
      </Col>
    </Row>
  );
}
