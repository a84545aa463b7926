import { useState } from 'react';
import { Button, Form, Input, Select, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ROLES, ROLE_LIST } from '@contracts/access';
import { ListPage } from '../../../components/list-page';
import { useAuth } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { getUsers, usersListKey } from '../api/get-users';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { roleLabel } from '../components/roles';
import { UserActions } from '../components/UserActions';
import { UserCreateModal } from '../components/UserCreateModal';
import { UserEditModal } from '../components/UserEditModal';
import { OneTimeSecret } from '../../../components/OneTimeSecret';
import type { CreatedUser, User } from '../types';

const statusTags = (u: User) => (
  <>
    {u.status === 'active' ? <Tag color="green">正常</Tag> : <Tag>停用</Tag>}
    {u.locked && <Tag color="red">已锁定</Tag>}
  </>
);

export default function UserListPage() {
  const { can } = useAuth();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const canEdit = can('user.manage') || can('user.roles');
  const columns: TableColumnsType<User> = [
    { title: '用户名', dataIndex: 'username' },
    { title: '姓名', dataIndex: 'displayName' },
    { title: '所属单位', key: 'org', render: (_, u) => <>{u.orgName ?? '—'} <Tag>{u.orgType === 'agency' ? '监管部门' : '企业'}</Tag></> },
    { title: '角色', key: 'roles', render: (_, u) => u.roles.map((r) => <Tag key={r}>{roleLabel(r)}</Tag>) },
    { title: '状态', key: 'status', render: (_, u) => statusTags(u) },
    { title: '动态验证码', dataIndex: 'totpEnabled', render: (v: boolean) => (v ? '已启用' : '未启用') },
    { title: '最近登录', dataIndex: 'lastLoginAt', render: (v: string | null) => formatDateTime(v) },
    { title: '操作', key: 'op', fixed: 'right', render: (_, u) => (
      <UserActions user={u} canEdit={canEdit} canSecure={can('user.roles')} onEdit={setEditing} onResetPassword={setResetting} />
    ) },
  ];
  return (
    <>
      <ListPage<User>
        title="用户"
        queryKey={usersListKey}
        fetchPage={getUsers}
        columns={columns}
        rowKey="id"
        filters={
          <>
            <Form.Item name="q" label="关键字"><Input allowClear placeholder="用户名或姓名" style={{ width: 180 }} /></Form.Item>
            <Form.Item name="role" label="角色">
              <Select allowClear style={{ width: 180 }} placeholder="全部" options={ROLE_LIST.map((r) => ({ value: r, label: ROLES[r].label }))} />
            </Form.Item>
          </>
        }
        toolbar={can('user.manage') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新增用户</Button>}
      />
      {creating && <UserCreateModal onClose={() => setCreating(false)} onCreated={(u) => { setCreating(false); if (u.temporaryPassword) setCreated(u); }} />}
      {created?.temporaryPassword && (
        <OneTimeSecret title={`临时密码：${created.displayName}（${created.username}）`} warning="临时密码只显示这一次"
          description="请通过安全渠道告知用户；用户首次登录时须修改密码。" secret={created.temporaryPassword} testId="temporary-password"
          onClose={() => setCreated(null)} />
      )}
      {editing && <UserEditModal user={editing} onClose={() => setEditing(null)} />}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
