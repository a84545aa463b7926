import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { CERTIFICATE_STATES, CERTIFICATE_STATUSES, type CertificateState } from '@contracts/certificates';
import { ListPage } from '../../../components/list-page';
import { EnterpriseSelect } from '../../../components/selects/EnterpriseSelect';
import { MineSelect } from '../../../components/selects/MineSelect';
// The one import dialog (template, dry run with row errors, confirm, progress) lives with the registry import.
import { ImportModal } from '../../enterprises/components/ImportModal';
import { useAuth } from '../../../lib/auth';
import { labelOf, optionsFrom, text } from '../../../lib/format';
import { queryClient } from '../../../lib/query-client';
import { useCertificateTypes } from '../api/certificate-types';
import { CERTIFICATES_KEY, certificateExportUrl, certificateListKey, getCertificates, useCertificateAlerts } from '../api/get-certificates';
import { CertificateFormModal } from '../components/CertificateFormModal';
import { CertificateStateTag } from '../components/StateTag';
import type { CertificateItem } from '../types';

const columns: TableColumnsType<CertificateItem> = [
  { title: '姓名', key: 'person', render: (_, c) => <Link to={`/people/${c.personId}`}>{c.personName}</Link> },
  { title: '证件号码', dataIndex: 'idNumber', render: (v) => text(v) },
  { title: '作业类别', key: 'type', render: (_, c) => `${c.typeCode} ${c.typeName}` },
  { title: '证号', key: 'number', render: (_, c) => <Link to={`/certificates/${c.id}`}>{c.number}</Link> },
  { title: '所在企业', dataIndex: 'enterpriseName' },
  { title: '初领日期', dataIndex: 'issueDate' },
  { title: '有效期至', dataIndex: 'expiryDate' },
  { title: '下次复审', dataIndex: 'nextReviewDue' },
  { title: '证书状态', dataIndex: 'status', render: (v) => labelOf(CERTIFICATE_STATUSES, v) },
  { title: '当前状况', dataIndex: 'state', render: (v: CertificateState) => <CertificateStateTag state={v} /> },
];

/** Counts per state in scope: the reminders until the deadline engine delivers them to an inbox. */
function AlertsBar() {
  const alerts = useCertificateAlerts();
  const b = alerts.data?.byState;
  if (!b) return null;
  const due = b.review_due_soon + b.expiring_soon;
  const late = b.review_overdue + b.expired;
  if (!due && !late) return null;
  return (
    <Alert style={{ marginBottom: 16 }} type={late ? 'warning' : 'info'} showIcon
      message={`${alerts.data!.dueSoonDays}天内到期或应复审 ${due} 本（即将到期 ${b.expiring_soon}，临近复审 ${b.review_due_soon}）；已过期 ${b.expired} 本，逾期未复审 ${b.review_overdue} 本`} />
  );
}

export default function CertificateListPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const types = useCertificateTypes();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const codes = [...new Map((types.data ?? []).map((t) => [t.code, `${t.code} ${t.name}`]))].map(([value, label]) => ({ value, label }));
  return (
    <>
      <ListPage<CertificateItem>
        title="特种作业人员"
        header={<AlertsBar />}
        queryKey={certificateListKey}
        fetchPage={getCertificates}
        columns={columns}
        rowKey="id"
        exportUrl={certificateExportUrl}
        filters={
          <>
            <Form.Item name="q" label="姓名/证号"><Input allowClear style={{ width: 150 }} /></Form.Item>
            <Form.Item name="typeCode" label="作业类别">
              <Select allowClear options={codes} showSearch optionFilterProp="label" style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="state" label="状况">
              <Select allowClear options={optionsFrom(CERTIFICATE_STATES)} style={{ width: 130 }} />
            </Form.Item>
            <Form.Item name="expiringWithinDays" label="到期天数内"><InputNumber min={0} max={3650} style={{ width: 90 }} /></Form.Item>
            <Form.Item name="enterpriseId" label="企业"><EnterpriseSelect style={{ width: 200 }} /></Form.Item>
            <Form.Item name="mineId" label="矿山"><MineSelect style={{ width: 200 }} /></Form.Item>
          </>
        }
        toolbar={can('certificate.manage') && (
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>登记证书</Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="certificate-import">批量导入</Button>
          </Space>
        )}
      />
      {creating && <CertificateFormModal onClose={(c) => { setCreating(false); if (c) navigate(`/certificates/${c.id}`); }} />}
      {importing && (
        <ImportModal kind="certificates" title="特种作业操作证批量导入" templateName="特种作业操作证导入模板.xlsx"
          onCommitted={() => void queryClient.invalidateQueries({ queryKey: CERTIFICATES_KEY })} onClose={() => setImporting(false)} />
      )}
    </>
  );
}
