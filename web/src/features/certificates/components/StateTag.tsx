import { Tag } from 'antd';
import { CERTIFICATE_STATES, type CertificateState } from '@contracts/certificates';

const COLORS: Record<CertificateState, string> = {
  valid: 'green', review_due_soon: 'gold', review_overdue: 'red', expiring_soon: 'orange', expired: 'red', revoked: 'default',
};

export function CertificateStateTag({ state }: { state: CertificateState }) {
  return <Tag color={COLORS[state]}>{CERTIFICATE_STATES[state]}</Tag>;
}
