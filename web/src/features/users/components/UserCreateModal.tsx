import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { AgencySelect, agenciesQueryOptions } from '../../../components/selects/AgencySelect';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { useCreateUser } from '../api/create-user';
import type { CreatedUser, UserInput } from '../types';
import { roleOptions, separationOfDuties } from './roles';

type Values = UserInput & { confirm?: string };

/** 新增用户: an account of an agency (监管部门) or an enterprise, with roles that fit the organisation. */
export function UserCreateModal({ onCreated, onClose }: { onCreated: (u: CreatedUser) => void; onClose: () => void }) {
  const { me } = useAuth();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const ownEnterprise = me.org.type === 'enterprise';
  const orgType = Form.useWatch('orgType', form) as Values['orgType'] | undefined;
  const agencyId = Form.useWatch('agencyId', form) as string | undefined;
  const { data: agencies = [] } = useQuery({ ...agenciesQueryOptions, enabled: orgType === 'agency' });
  const tier = agencies.find((a) => a.id === agencyId)?.tier;

  const submit = ({ confirm: _c, ...v }: Values) =>
    create.mutate({ ...v, password: v.password || undefined,
      agencyId: v.orgType === 'agency' ? v.agencyId : null, enterpriseId: v.orgType === 'enterprise' ? v.enterpriseId : null }, {
      onSuccess: (u) => { toast().success(`用户 ${u.username} 已创建，首次登录须修改密码`); onCreated(u); },
      onError: (e) => reportFormError(form, e),
    });

  return (
    <Modal open title="新增用户" onOk={() => form.submit()} onCancel={onClose} confirmLoading={create.isPending} okText="创建" width={640} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={submit}
        initialValues={{ orgType: ownEnterprise ? 'enterprise' : 'agency', enterpriseId: ownEnterprise ? me.org.id : undefined, roles: [], includeSubsidiaries: false }}
        onValuesChange={(changed) => { if ('orgType' in changed || 'agencyId' in changed) form.setFieldValue('roles', []); }}>
        <Form.Item name="username" label="用户名" rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: '用户名为3-32位字母、数字、下划线、点或连字符' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}><Input maxLength={50} /></Form.Item>
        <Form.Item name="orgType" label="单位类型">
          <Radio.Group disabled={ownEnterprise} options={[{ value: 'agency', label: '监管部门' }, { value: 'enterprise', label: '企业' }]} />
        </Form.Item>
        {orgType === 'agency' && (
          <Form.Item name="agencyId" label="监管部门" rules={[{ required: true, message: '请选择监管部门' }]}><AgencySelect /></Form.Item>
        )}
        {orgType === 'enterprise' && (
          <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业' }]}>
            <EnterpriseSelect disabled={ownEnterprise} initialLabel={ownEnterprise ? me.org.name : undefined} />
          </Form.Item>
        )}
        <Form.Item name="roles" label="角色" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }, separationOfDuties]}>
          <Select mode="multiple" options={roleOptions(orgType, tier)} placeholder={orgType === 'agency' && !agencyId ? '请先选择监管部门' : '请选择'} />
        </Form.Item>
        {orgType === 'enterprise' && (
          <Form.Item name="includeSubsidiaries" label="可查看下属企业数据" valuePropName="checked"><Switch /></Form.Item>
        )}
        <Form.Item name="password" label="初始密码" extra="留空则由系统生成临时密码（只显示一次）；用户首次登录时须修改密码">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label="确认初始密码" dependencies={['password']} rules={[
          ({ getFieldValue }) => ({ validator: (_r, v) => ((v ?? '') === (getFieldValue('password') ?? '') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) })]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
