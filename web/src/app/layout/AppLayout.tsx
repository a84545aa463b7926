import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Layout, Menu, Spin } from 'antd';
import { useAuth } from '../../lib/auth';
import MfaSetupPage from '../../features/auth/pages/MfaSetupPage';
import { groupOf, menuItems, selectedKey } from './nav-items';
import { UserBar } from './UserBar';

const PRODUCT_NAME = '非煤矿山安全在线';

export function AppLayout() {
  const { me, can } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const items = menuItems(can, me.org.type === 'agency');
  const selected = selectedKey(location.pathname);
  const group = groupOf(selected);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider className="app-sider" collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={208}>
        <div className="app-brand" title={PRODUCT_NAME}>{collapsed ? '矿安' : PRODUCT_NAME}</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          defaultOpenKeys={group ? [group] : []}
          items={me.mfa.pending ? [] : items}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <span style={{ fontSize: 18, fontWeight: 600 }}>{PRODUCT_NAME}</span>
          <UserBar me={me} />
        </Layout.Header>
        <Layout.Content className="app-content">
          {me.mfa.pending ? (
            <MfaSetupPage />
          ) : (
            <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '80px auto' }} />}>
              <Outlet />
            </Suspense>
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
