import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { CERTIFICATE_STATUSES, REVIEW_RESULTS, VERIFICATION_METHODS, VERIFICATION_RESULTS } from '@contracts/certificates';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { EMPTY, formatDateTime, isUuid, labelOf, text } from '../../../lib/format';
import { useCertificate } from '../api/get-certificate';
import { CertificateFormModal } from '../components/CertificateFormModal';
import { ReviewModal, VerificationModal } from '../components/RecordModals';
import { CertificateStateTag } from '../components/StateTag';
import type { Certificate } from '../types';

function CertificateDetail({ c }: { c: Certificate }) {
  const [modal, setModal] = useState<'edit' | 'review' | 'verify' | null>(null);
  const close = () => setModal(null);
  return (
    <Card>
      <PageHeader title={`${c.typeName}：${c.number}`} sub={c.personName}
        extra={c.can.manage && <Button type="primary" icon={<EditOutlined />} onClick={() => setModal('edit')}>编辑</Button>} />
      {c.type.unconfirmed && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }}
          message={`有效期和复审周期按${c.type.effectiveFrom}起施行的目录条目计算（待核对）：${c.type.source}`} />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 24 }} items={[
        { key: 'person', label: '持证人', children: <Link to={`/people/${c.personId}`}>{c.personName}</Link> },
        { key: 'id', label: '证件号码', children: text(c.idNumber) },
        { key: 'enterprise', label: '所在企业', children: <Link to={`/enterprises/${c.enterpriseId}`}>{c.enterpriseName}</Link> },
        { key: 'type', label: '作业类别', children: `${c.typeCode} ${c.typeName}（${c.type.category}）` },
        { key: 'authority', label: '发证机关', children: c.issuingAuthority },
        { key: 'issue', label: '初领日期', children: c.issueDate },
        { key: 'expiry', label: '有效期至', children: c.expiryDate },
        { key: 'status', label: '证书状态', children: labelOf(CERTIFICATE_STATUSES, c.status) },
        { key: 'state', label: '当前状况', children: <CertificateStateTag state={c.state} /> },
        { key: 'periods', label: '复审周期', children: `每${c.extendedReview ? c.type.extendedReviewYears : c.type.reviewYears}年（有效期${c.type.validYears}年）` },
        { key: 'last', label: '最近复审', children: text(c.lastReviewedOn) },
        { key: 'next', label: '下次复审', children: `${c.nextReviewDue}（${c.reviewWindowOpens}起可申请）` },
        { key: 'ext', label: '延长复审周期', children: c.extendedReview ? `是：${c.extendedApprovedBy ?? EMPTY}，${c.extendedApprovedOn ?? EMPTY}批准` : '否' },
      ]} />
      <Space style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>复审记录</Typography.Title>
        {c.can.manage && <Button size="small" onClick={() => setModal('review')}>登记复审</Button>}
      </Space>
      <Table rowKey="id" size="small" pagination={false} style={{ marginBottom: 24 }} dataSource={c.reviews} columns={[
        { title: '复审日期', dataIndex: 'reviewedOn' },
        { title: '结果', dataIndex: 'result', render: (v) => labelOf(REVIEW_RESULTS, v) },
        { title: '备注', dataIndex: 'note', render: (v) => text(v) },
        { title: '登记时间', dataIndex: 'recordedAt', render: (v) => formatDateTime(v) },
      ]} />
      <Space style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>核验记录</Typography.Title>
        {c.can.verify && <Button size="small" onClick={() => setModal('verify')}>登记核验</Button>}
      </Space>
      <Table rowKey="id" size="small" pagination={false} dataSource={c.verifications} columns={[
        { title: '核验日期', dataIndex: 'verifiedOn' },
        { title: '方式', dataIndex: 'method', render: (v) => labelOf(VERIFICATION_METHODS, v) },
        { title: '核验人', dataIndex: 'verifierName' },
        { title: '结果', dataIndex: 'result', render: (v) => labelOf(VERIFICATION_RESULTS, v) },
        { title: '备注', dataIndex: 'note', render: (v) => text(v) },
      ]} />
      {modal === 'edit' && <CertificateFormModal certificate={c} onClose={close} />}
      {modal === 'review' && <ReviewModal certificateId={c.id} onClose={close} />}
      {modal === 'verify' && <VerificationModal certificateId={c.id} onClose={close} />}
    </Card>
  );
}

export default function CertificateDetailPage() {
  const { id } = useParams();
  const query = useCertificate(id);
  if (!isUuid(id)) return <NotFoundPage />;
  return <QueryState query={query}>{(c) => <CertificateDetail c={c} />}</QueryState>;
}
