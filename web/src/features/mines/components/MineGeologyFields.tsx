import { Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { COMPLEXITY } from '@contracts/org';
import { optionsFrom } from '../../../lib/format';

/** 地质与系统: elevations, capacity, independent systems, hydro/engineering geology, positioning. */
export function MineGeologyFields() {
  const complexity = optionsFrom(COMPLEXITY);
  return (
    <Row gutter={24}>
      <Col xs={12} md={6}>
        <Form.Item name="elevationMinM" label="最低开采标高（米）"><InputNumber min={-2000} max={9000} style={{ width: '100%' }} /></Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name="elevationMaxM"
          label="最高开采标高（米）"
          dependencies={['elevationMinM']}
          rules={[({ getFieldValue }) => ({
            validator: (_r, max?: number | null) => {
              const min = getFieldValue('elevationMinM');
              return max == null || min == null || max >= min ? Promise.resolve() : Promise.reject(new Error('最高标高不能低于最低标高'));
            },
          })]}
        >
          <InputNumber min={-2000} max={9000} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="designCapacity" label="设计生产能力（万吨/年）"><InputNumber min={0} style={{ width: '100%' }} /></Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="independentSystems" label="独立生产系统数"><InputNumber min={0} max={50} precision={0} style={{ width: '100%' }} /></Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="hydroComplexity" label="水文地质类型"><Select allowClear options={complexity} placeholder="请选择" /></Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="geoComplexity" label="工程地质类型"><Select allowClear options={complexity} placeholder="请选择" /></Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="positioningInstalled" label="已安装人员定位系统" valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
      </Col>
    </Row>
  );
}
