import { useMemo } from 'react';
import { DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import type { personOut } from '@contracts/people';
import { CERTIFICATE_STATUSES } from '@contracts/certificates';
import { api } from '../../../lib/api';
import type { ListResult } from '../../../lib/list';
import { useAuth } from '../../../lib/auth';
import { toast } from '../../../lib/feedback';
import { reportFormError } from '../../../lib/form-errors';
import { fromIsoDate, optionsFrom, toIsoDate } from '../../../lib/format';
import { RemoteSelect } from '../../../components/selects/RemoteSelect';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { useCertificateTypes } from '../api/certificate-types';
import { useCreateCertificate, useUpdateCertificate } from '../api/get-certificate';
import type { Certificate } from '../types';

type Person = z.infer<typeof personOut>;
interface Values {
  personId?: string; enterpriseId?: string; typeCode: string; number: string; issuingAuthority: string;
  issueDate: Dayjs; expiryDate?: Dayjs | null; status: 'active' | 'revoked' | 'cancelled';
  extendedReview: boolean; extendedApprovedBy?: string; extendedApprovedOn?: Dayjs | null;
}

const searchPeople = async (q: string) =>
  (await api.get<ListResult<Person>>('/api/people', { q, limit: 20 })).items.map((p) => ({ value: p.id, label: `${p.name}（${p.idNumber ?? '无证件号码'}）` }));

/** 登记或编辑特种作业操作证. The catalogue entry is picked by the server from the code and the issue date. */
export function CertificateFormModal({ certificate, onClose }: { certificate?: Certificate; onClose: (saved?: Certificate) => void }) {
  const [form] = Form.useForm<Values>();
  const { me } = useAuth();
  const types = useCertificateTypes();
  const create = useCreateCertificate();
  const update = useUpdateCertificate(certificate?.id ?? '');
  const extended = Form.useWatch('extendedReview', form);
  const codes = useMemo(() => {
    const seen = new Map<string, string>();
    for (const t of types.data ?? []) if (t.current || !seen.has(t.code)) seen.set(t.code, `${t.code} ${t.name}`);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [types.data]);
  const initial: Partial<Values> = certificate ? {
    typeCode: certificate.typeCode, number: certificate.number, issuingAuthority: certificate.issuingAuthority,
    issueDate: fromIsoDate(certificate.issueDate), expiryDate: fromIsoDate(certificate.expiryDate), status: certificate.status as Values['status'],
    extendedReview: certificate.extendedReview, extendedApprovedBy: certificate.extendedApprovedBy ?? undefined,
    extendedApprovedOn: fromIsoDate(certificate.extendedApprovedOn),
  } : { status: 'active', extendedReview: false };

  const submit = (v: Values) => {
    const body = {
      typeCode: v.typeCode, number: v.number, issuingAuthority: v.issuingAuthority, issueDate: toIsoDate(v.issueDate)!,
      expiryDate: toIsoDate(v.expiryDate), status: v.status, extendedReview: v.extendedReview,
      extendedApprovedBy: v.extendedReview ? v.extendedApprovedBy ?? null : null,
      extendedApprovedOn: v.extendedReview ? toIsoDate(v.extendedApprovedOn) : null,
    };
    const done = { onSuccess: (c: Certificate) => { toast().success('已保存'); onClose(c); }, onError: (e: unknown) => reportFormError(form, e) };
    if (certificate) update.mutate({ ...body, version: certificate.version }, done);
    else create.mutate({ ...body, personId: v.personId!, enterpriseId: v.enterpriseId ?? null }, done);
  };

  return (
    <Modal open title={certificate ? `编辑证书：${certificate.number}` : '登记特种作业操作证'} width={640} okText="保存"
      confirmLoading={create.isPending || update.isPending} onOk={() => form.submit()} onCancel={() => onClose()} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        {!certificate && (
          <Form.Item name="personId" label="持证人" rules={[{ required: true, message: '请选择人员' }]} extra="须先在“人员与任职”中登记">
            <RemoteSelect queryKey={['lookup', 'people']} search={searchPeople} placeholder="输入姓名搜索" />
          </Form.Item>
        )}
        {!certificate && me.org.type === 'agency' && (
          <Form.Item name="enterpriseId" label="所在企业" extra="不选则为人员所属企业"><EnterpriseSelect /></Form.Item>
        )}
        <Form.Item name="typeCode" label="作业类别" rules={[{ required: true, message: '请选择作业类别' }]} extra="按初领日期施行的目录条目确定有效期和复审周期">
          <Select options={codes} showSearch optionFilterProp="label" loading={types.isLoading} />
        </Form.Item>
        <Form.Item name="number" label="证号" rules={[{ required: true, message: '请填写证号' }]}><Input maxLength={40} /></Form.Item>
        <Form.Item name="issuingAuthority" label="发证机关" rules={[{ required: true, message: '请填写发证机关' }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="issueDate" label="初领日期" rules={[{ required: true, message: '请选择初领日期' }]}><DatePicker /></Form.Item>
        <Form.Item name="expiryDate" label="有效期至" extra="不填按目录有效期计算"><DatePicker /></Form.Item>
        <Form.Item name="status" label="证书状态"><Select options={optionsFrom(CERTIFICATE_STATUSES)} /></Form.Item>
        <Form.Item name="extendedReview" label="延长复审周期（连续从事本工种10年以上，经考核发证机关同意）" valuePropName="checked"><Switch /></Form.Item>
        {extended && (
          <>
            <Form.Item name="extendedApprovedBy" label="批准机关" rules={[{ required: true, message: '请填写批准机关' }]}><Input maxLength={100} /></Form.Item>
            <Form.Item name="extendedApprovedOn" label="批准日期" rules={[{ required: true, message: '请选择批准日期' }]}><DatePicker /></Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
