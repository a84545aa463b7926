import { Col, Row, Typography } from 'antd';
import type { AuditEvent } from '../types';

const json = (v: unknown) => (v === null || v === undefined ? '（无）' : JSON.stringify(v, null, 2));

/** Expanded audit row: the record before and after the change, as recorded (masked values stay masked). */
export function AuditChangeView({ event }: { event: AuditEvent }) {
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Typography.Text strong>变更前</Typography.Text>
        <pre className="json-block" data-testid="audit-before">{json(event.before)}</pre>
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong>变更后</Typography.Text>
        <pre className="json-block" data-testid="audit-after">{json(event.after)}</pre>
      </Col>
    </Row>
  );
}
