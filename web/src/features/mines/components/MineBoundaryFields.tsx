import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { BOUNDARY_CRS } from '@contracts/org';
import { optionsFrom } from '../../../lib/format';

const PROJECTED = /_GK3$/;
const GEO_EXAMPLE = '108.8075,31.7134\n108.8103,31.7140\n108.8108,31.7184\n108.8074,31.7193';
const GK_EXAMPLE = '3510359.39,36576537.41\n3510419.73,36576808.26\n3510907.97,36576849.47\n3511015.38,36576529.89';

/** Point order per system, as the server reads it (server/src/platform/geo/crs.ts). */
function axesHint(crs: string | undefined): string {
  if (!crs || crs.startsWith('EPSG:')) return '每行一个拐点“经度,纬度”（十进制度）。';
  if (PROJECTED.test(crs)) return '每行一个拐点“X,Y”（米）：X 为北坐标，Y 为东坐标，与采矿许可证拐点坐标表的顺序相同；Y 可带带号前缀。';
  return '每行一个拐点，两个数值按原资料顺序填写（不转换，原样保存）。';
}

/** 矿区范围: coordinate system, central meridian or zone for Gauss-Krüger, and the corner points as text. */
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
      <Col xs={12} md={6}>
        <Form.Item name={['boundary', 'centralMeridian']} label="中央经线（度）" tooltip="3°带：重庆一般为105°、108°或111°">
          <InputNumber min={70} max={140} disabled={!projected} style={{ width: '100%' }} placeholder={projected ? '如 108' : '无需填写'} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={['boundary', 'zone']} label="带号" tooltip="3°带带号，如 36（中央经线108°）">
          <InputNumber min={20} max={50} precision={0} disabled={!projected} style={{ width: '100%' }} placeholder={projected ? '如 36' : '无需填写'} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name="boundaryText"
          label="拐点坐标"
          extra={
            <Typography.Text type="secondary">
              {axesHint(crs)}
              {projected && 'Y 不带带号前缀时须填写中央经线或带号。'}首尾点不同时自动闭合；空一行开始下一个范围。
            </Typography.Text>
          }
        >
          <Input.TextArea rows={8} placeholder={projected ? GK_EXAMPLE : GEO_EXAMPLE} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
