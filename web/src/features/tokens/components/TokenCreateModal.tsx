import { Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { PERMISSIONS, type Permission } from '@contracts/access';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { RegionSelect } from '../../../components/selects/RegionSelect';
import { useAuth } from '../../../lib/auth';
import { reportFormError } from '../../../lib/form-errors';
import { useCreateToken } from '../api/create-token';
import type { TokenCreated, TokenInput } from '../types';

interface Values { name: string; permissions: string[]; scopeKind: 'city' | 'district' | 'enterprise'; regionCode?: string; enterpriseIds?: string[]; expiresInDays: number }

/** Server paths `scope.regionCode` etc. are shown under the flattened scope fields. */
const ALIASES = { 'scope.regionCode': 'regionCode', 'scope.enterpriseIds': 'enterpriseIds', scope: 'scopeKind' };

function toInput(v: Values): TokenInput {
  const scope: TokenInput['scope'] = v.scopeKind === 'city' ? { kind: 'city' }
    : v.scopeKind === 'district' ? { kind: 'district', regionCode: v.regionCode ?? '' }
      : { kind: 'enterprise', enterpriseIds: v.enterpriseIds ?? [] };
  return { name: v.name, permissions: v.permissions, scope, expiresInDays: v.expiresInDays };
}

/** 新建API令牌: a machine credential with a subset of the creator's permissions and data scope. */
export function TokenCreateModal({ onCreated, onClose }: { onCreated: (r: TokenCreated) => void; onClose: () => void }) {
  const { me } = useAuth();
  const [form] = Form.useForm<Values>();
  const create = useCreateToken();
  const scopeKind = Form.useWatch('scopeKind', form);
  const kinds = me.scope.kind === 'city' ? ['city', 'district', 'enterprise'] : me.scope.kind === 'district' ? ['district', 'enterprise'] : ['enterprise'];
  const kindLabels: Record<string, string> = { city: '全市', district: '一个区县', enterprise: '指定企业' };
  const submit = (v: Values) => create.mutate(toInput(v), { onSuccess: onCreated, onError: (e) => reportFormError(form, e, ALIASES) });

  return (
    <Modal open title="新建API令牌" onOk={() => form.submit()} onCancel={onClose} confirmLoading={create.isPending} okText="创建" width={640} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={submit}
        initialValues={{ scopeKind: kinds[0], expiresInDays: 90, permissions: [], regionCode: me.scope.kind === 'district' ? me.scope.regionCode : undefined }}>
        <Form.Item name="name" label="令牌名称" rules={[{ required: true, whitespace: true, message: '请填写令牌名称' }]} extra="写明用途和对接系统，如“区县大数据平台同步”">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="permissions" label="权限" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项权限' }]} extra="只能授予您本人拥有的权限">
          <Select mode="multiple" options={me.permissions.map((p) => ({ value: p, label: PERMISSIONS[p as Permission] ?? p }))} />
        </Form.Item>
        <Form.Item name="scopeKind" label="数据范围">
          <Radio.Group options={kinds.map((k) => ({ value: k, label: kindLabels[k] }))} />
        </Form.Item>
        {scopeKind === 'district' && (
          <Form.Item name="regionCode" label="区县" rules={[{ required: true, message: '请选择区县' }]}>
            <RegionSelect disabled={me.scope.kind === 'district'} />
          </Form.Item>
        )}
        {scopeKind === 'enterprise' && (
          <Form.Item name="enterpriseIds" label="企业" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一家企业' }]}>
            <EnterpriseSelect mode="multiple" />
          </Form.Item>
        )}
        <Form.Item name="expiresInDays" label="有效期（天）" rules={[{ required: true, message: '请填写有效期' }]}>
          <InputNumber min={1} max={366} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
