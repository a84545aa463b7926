import { Col, Form, InputNumber, Radio, Row, Select } from 'antd';
import { TAILINGS_GRADES } from '@contracts/org';
import { MineSelect } from '../../../components/selects/MineSelect';
import type { Mine } from '../types';

/** 尾矿库: only for a mine registered as a tailings pond. */
export function MineTailingsFields({ initial, enterpriseId }: { initial?: Mine; enterpriseId?: string }) {
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item name="servesMineId" label="服务矿山" extra="该尾矿库服务的矿山（同一企业）">
          <MineSelect enterpriseId={enterpriseId} excludeId={initial?.id} initialLabel={initial?.servesMineName} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="tailingsGrade" label="尾矿库等别">
          <Select allowClear options={TAILINGS_GRADES.map((g) => ({ value: g, label: g }))} placeholder="请选择" />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="damHeightM" label="坝高（米）"><InputNumber min={0} style={{ width: '100%' }} /></Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="capacityWanM3" label="总库容（万立方米）"><InputNumber min={0} style={{ width: '100%' }} /></Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="headOver" label="是否头顶库">
          <Radio.Group options={[{ value: true, label: '是' }, { value: false, label: '否' }]} />
        </Form.Item>
      </Col>
    </Row>
  );
}
