import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { Rule } from 'antd/es/form';
import { checkMiningLicenceNo } from '@contracts/codes';

// Old licences predate the 23-character "C…" format: a mismatch is a hint, not an error.
const licenceNoHint: Rule = {
  warningOnly: true,
  validator: (_r, v?: string) => {
    const w = v ? checkMiningLicenceNo(v).warning : undefined;
    return w ? Promise.reject(new Error(w)) : Promise.resolve();
  },
};

const endAfterStart = (startField: string): Rule => ({ getFieldValue }) => ({
  validator: (_r, end) => {
    const start = getFieldValue(startField);
    return !start || !end || !end.isBefore(start) ? Promise.resolve() : Promise.reject(new Error('有效期止不能早于有效期起'));
  },
});

/** 许可证: 采矿许可证 and 安全生产许可证, numbers and validity (sent as YYYY-MM-DD). */
export function MineLicenceFields() {
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item name="miningLicenceNo" label="采矿许可证号" rules={[licenceNoHint]}><Input maxLength={40} /></Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="miningLicenceFrom" label="有效期起"><DatePicker style={{ width: '100%' }} /></Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="miningLicenceTo" label="有效期止" dependencies={['miningLicenceFrom']} rules={[endAfterStart('miningLicenceFrom')]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="safetyLicenceNo" label="安全生产许可证号"><Input maxLength={60} /></Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="safetyLicenceFrom" label="有效期起"><DatePicker style={{ width: '100%' }} /></Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="safetyLicenceTo" label="有效期止" dependencies={['safetyLicenceFrom']} rules={[endAfterStart('safetyLicenceFrom')]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
