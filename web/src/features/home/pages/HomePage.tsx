import { Card, Col, Row, Typography } from 'antd';
import { ROLES, type Role } from '@contracts/access';
import { useAuth } from '../../../lib/auth';
import { TotalCard } from '../components/TotalCard';

const SCOPE_TEXT = { city: '全市', district: '本区县', enterprise: '本企业' } as const;

export default function HomePage() {
  const { me, can } = useAuth();
  const roles = me.roles.map((r) => ROLES[r as Role]?.label ?? r).join('、');
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>您好，{me.displayName}</Typography.Title>
        <Typography.Paragraph>
          欢迎使用非煤矿山安全在线。您当前的单位为 <b>{me.org.name}</b>
          {me.regionName ? `（${me.regionName}）` : ''}，角色：{roles || '—'}，数据范围：{SCOPE_TEXT[me.scope.kind]}。
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        {can('enterprise.read') && (
          <Col xs={24} sm={8}><TotalCard title="企业" url="/api/enterprises" to="/enterprises" suffix="家" /></Col>
        )}
        {can('mine.read') && <Col xs={24} sm={8}><TotalCard title="矿山" url="/api/mines" to="/mines" suffix="座" /></Col>}
        {can('person.read') && <Col xs={24} sm={8}><TotalCard title="人员" url="/api/people" to="/people" suffix="人" /></Col>}
      </Row>
    </>
  );
}
