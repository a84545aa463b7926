import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { agenciesQueryOptions } from '../../../components/selects/AgencySelect';
import { StaleConflict } from '../../../components/StaleConflict';
import { isApiError } from '../../../lib/api-error';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { queryClient } from '../../../lib/query-client';
import { useUpdateUser } from '../api/update-user';
import { USERS_KEY } from '../api/get-users';
import type { User, UserUpdateInput } from '../types';
import { roleOptions, separationOfDuties } from './roles';

const LABELS = { displayName: '姓名', roles: '角色', status: '状态', includeSubsidiaries: '可查看下属企业数据' };

/** 编辑用户: name, roles (within what the organisation may hold), status; with the version read. */
export function UserEditModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<UserUpdateInput>();
  const update = useUpdateUser();
  const [stale, setStale] = useState<{ current: unknown; mine: Record<string, unknown> } | null>(null);
  const isAgency = user.orgType === 'agency';
  const { data: agencies = [] } = useQuery({ ...agenciesQueryOptions, enabled: isAgency });
  const tier = agencies.find((a) => a.id === user.orgId)?.tier;
  const options = roleOptions(user.orgType as 'agency' | 'enterprise', tier);
  // Keep roles the user already holds selectable even when the agency tier is not known here.
  const allOptions = [...options, ...user.roles.filter((r) => !options.some((o) => o.value === r)).map((r) => ({ value: r, label: r }))];

  const submit = (v: UserUpdateInput) => {
    const input = { ...v, version: user.version };
    update.mutate({ id: user.id, input }, {
      onSuccess: () => { toast().success('已保存'); onClose(); },
      onError: (e) => {
        if (isApiError(e, 'STALE')) setStale({ current: e.current, mine: input });
        else reportFormError(form, e);
      },
    });
  };

  return (
    <Modal open title={`编辑用户：${user.username}`} onOk={() => form.submit()} onCancel={onClose} confirmLoading={update.isPending} okText="保存" width={600} destroyOnHidden>
      {stale && <StaleConflict current={stale.current} mine={stale.mine} labels={LABELS}
        onReload={() => { void queryClient.invalidateQueries({ queryKey: USERS_KEY }); onClose(); }} />}
      <Form<UserUpdateInput> form={form} layout="vertical" onFinish={submit}
        initialValues={{ displayName: user.displayName, roles: user.roles as UserUpdateInput['roles'], includeSubsidiaries: user.includeSubsidiaries,
          status: user.status as UserUpdateInput['status'] }}>
        <Form.Item label="所属单位">{user.orgName ?? '—'}</Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}><Input maxLength={50} /></Form.Item>
        <Form.Item name="roles" label="角色" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }, separationOfDuties]}>
          <Select mode="multiple" options={allOptions} />
        </Form.Item>
        {!isAgency && (
          <Form.Item name="includeSubsidiaries" label="可查看下属企业数据" valuePropName="checked"><Switch /></Form.Item>
        )}
        <Form.Item name="status" label="状态">
          <Radio.Group options={[{ value: 'active', label: '正常' }, { value: 'disabled', label: '停用' }]} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
