import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { BOUNDARY_CRS } from '@contracts/org';
import { optionsFrom } from '../../../lib/format';

const PROJECTED = /_GK3$/;

/** 矿区范围: coordinate system, central meridian for Gauss-Krüger, and the corner points as text. */
export function MineBoundaryFields() {
  const crs = Form.useWatch(['boundary', 'crs']) as string | undefined;
  const projected = !!crs && PROJECTED.test(crs);
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item name={['boundary', 'crs']} label="坐标系">
          <Select options={optionsFrom(BOUNDARY_CRS)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['boundary', 'centralMeridian']}
          label="中央经线（度）"
          extra="3°带：重庆一般为105°、108°或111°"
          rules={[{ required: projected, message: '高斯-克吕格投影坐标须填写中央经线' }]}
        >
          <InputNumber min={70} max={140} disabled={!projected} style={{ width: '100%' }} placeholder={projected ? '如 108' : '地理坐标无需填写'} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name="boundaryText"
          label="拐点坐标"
          extra={
            <Typography.Text type="secondary">
              每行一个拐点，格式“x,y”：地理坐标为“经度,纬度”；投影坐标 x 为东坐标（横坐标）、y 为北坐标（纵坐标）。
              注意采矿许可证上标注的“X”通常是北坐标。首尾点不同时自动闭合；空一行开始下一个范围。
            </Typography.Text>
          }
        >
          <Input.TextArea rows={8} placeholder={'106.5501,29.5602\n106.5532,29.5602\n106.5532,29.5631\n106.5501,29.5631'} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
