import { Button } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import { Link } from 'react-router';

/** 责任倒查: the printable history of the hazard from the audit log (hazards/:id/responsibility). */
export function ResponsibilityLink({ hazardId }: { hazardId: string }) {
  return (
    <Link to={`/hazards/${hazardId}/responsibility`} data-testid="responsibility-link">
      <Button icon={<AuditOutlined />}>责任倒查</Button>
    </Link>
  );
}
