import { useState } from 'react';
import { Button, Card, Descriptions, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAuth } from '../../../lib/auth';
import { formatDate, formatDateTime, labelOf, text } from '../../../lib/format';
import { useVisit } from '../api/get-visit';
import { VisitHazardModal } from '../components/VisitHazardModal';
import { HAZARD_GRADES, HAZARD_STATUSES, TRAINING_RATINGS, VERIFICATION_METHODS, VERIFICATION_RESULTS } from '../labels';
import type { VisitDetail } from '../types';

function Body({ v }: { v: VisitDetail }) {
  const { can, me } = useAuth();
  const [open, setOpen] = useState(false);
  const mayRecord = can('inspection.record') && me.org.type === 'agency';
  return (
    <>
      <PageHeader title={`检查记录：${v.mineName}`} sub={`${formatDate(v.visitDate)} · ${v.leadAgencyName}`}
        extra={mayRecord && <Button type="primary" onClick={() => setOpen(true)}>登记发现的隐患</Button>} />
      <Descriptions bordered column={2} size="small" style={{ marginBottom: 16 }} items={[
        { key: 'mine', label: '矿山', children: <Link to={`/mines/${v.mineId}`}>{v.mineName}</Link> },
        { key: 'ent', label: '企业', children: v.enterpriseName },
        { key: 'region', label: '区县', children: v.regionName },
        { key: 'date', label: '检查日期', children: formatDate(v.visitDate) },
        { key: 'lead', label: '牵头部门', children: v.leadAgencyName },
        { key: 'others', label: '联合检查部门', children: text(v.agencies.map((a) => a.name).join('、')) },
        { key: 'inspectors', label: '检查人员', children: v.inspectors, span: 2 },
        { key: 'findings', label: '检查发现', children: <div style={{ whiteSpace: 'pre-wrap' }}>{text(v.findings)}</div>, span: 2 },
        { key: 'created', label: '登记时间', children: formatDateTime(v.createdAt), span: 2 },
      ]} />
      <Card size="small" title="逢查必验：证书核验" style={{ marginBottom: 16 }}>
        <Table rowKey="id" size="small" pagination={false} dataSource={v.verifications} columns={[
          { title: '持证人', dataIndex: 'personName' }, { title: '作业类别', dataIndex: 'typeName' }, { title: '证号', dataIndex: 'certificateNumber' },
          { title: '核验方式', dataIndex: 'method', render: (m) => labelOf(VERIFICATION_METHODS, m) },
          { title: '结果', dataIndex: 'result', render: (r) => <Tag color={r === 'genuine' ? 'green' : 'red'}>{labelOf(VERIFICATION_RESULTS, r)}</Tag> },
          { title: '说明', dataIndex: 'note', render: (n) => text(n) }, { title: '核验人', dataIndex: 'verifierName' },
        ]} />
      </Card>
      <Card size="small" title="逢查必评：培训评价" style={{ marginBottom: 16 }}>
        <p>评价等级：{labelOf(TRAINING_RATINGS, v.trainingRating)}</p>
        <div style={{ whiteSpace: 'pre-wrap' }}>{text(v.trainingEvaluation)}</div>
      </Card>
      <Card size="small" title="逢查必考：现场考试" style={{ marginBottom: 16 }}>
        <Table rowKey="id" size="small" pagination={false} dataSource={v.workerTests} columns={[
          { title: '姓名', dataIndex: 'personName' }, { title: '考试内容', dataIndex: 'subject' }, { title: '成绩', dataIndex: 'score' },
          { title: '结果', dataIndex: 'passed', render: (p: boolean) => <Tag color={p ? 'green' : 'red'}>{p ? '合格' : '不合格'}</Tag> },
        ]} />
      </Card>
      <Card size="small" title="检查发现的隐患">
        <Table rowKey="id" size="small" pagination={false} dataSource={v.hazards} columns={[
          { title: '隐患描述', key: 'd', render: (_, h) => <Link to={`/hazards/${h.id}`}>{h.description}</Link> },
          { title: '等级', dataIndex: 'grade', render: (g) => labelOf(HAZARD_GRADES, g) },
          { title: '状态', dataIndex: 'status', render: (s) => labelOf(HAZARD_STATUSES, s) },
          { title: '整改期限', dataIndex: 'deadline', render: (d) => formatDate(d) },
        ]} />
      </Card>
      <VisitHazardModal visitId={v.id} open={open} onClose={() => setOpen(false)} inspectors={v.inspectors} />
    </>
  );
}

export default function VisitDetailPage() {
  const { id } = useParams();
  const query = useVisit(id);
  return <Card><QueryState query={query}>{(v) => <Body v={v} />}</QueryState></Card>;
}
