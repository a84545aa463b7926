import { Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { HAZARD_SOURCES } from '@contracts/hazards';
import { formatDate, formatDateTime, labelOf, text, yesNo } from '../../../lib/format';
import { useHazardStandard } from '../api/get-hazard-standard';
import type { Hazard } from '../types';
import { GradeTag, ListedTag, OverdueTag, StatusTag } from './HazardTags';

const multiline = (v: string | null | undefined) => (v ? <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> : text(v));

/** 登记时限: hours between found and registered, against the configured limit (flagged as unconfirmed). */
export function RegistrationLag({ r }: { r: Hazard['registration'] }) {
  return (
    <span>
      发现后 {r.delayHours} 小时登记（时限 {r.limitHours} 小时）
      {r.late ? <Tag color="red" style={{ marginLeft: 8 }}>超过登记时限</Tag> : <Tag color="green" style={{ marginLeft: 8 }}>按时登记</Tag>}
      <Typography.Text type="secondary" style={{ marginLeft: 4 }}>{r.note}</Typography.Text>
    </span>
  );
}

/** The item's code, title and situation text (looked up in the standard; the codes alone if that fails). */
function StandardText({ hazard: h }: { hazard: Hazard }) {
  const { data } = useHazardStandard(h.standardItemCode ? h.mineId : undefined, h.standardItemCode ?? '');
  if (!h.standardItemCode) return <>—</>;
  const item = data?.items.find((i) => i.code === h.standardItemCode);
  const situation = item?.situations.find((s) => s.code === h.standardSituationCode);
  return (
    <>
      <div>{h.standardItemCode}{item ? ` ${item.title}` : ''}</div>
      {h.standardSituationCode && <div>{h.standardSituationCode}{situation ? ` ${situation.text}` : ''}</div>}
      {h.standardVersion && <Typography.Text type="secondary">依据：{h.standardVersion}（条目为摘要，以原文为准）</Typography.Text>}
    </>
  );
}

export function HazardDescriptions({ hazard: h }: { hazard: Hazard }) {
  const major = h.grade === 'major';
  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} title="基本信息" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">
          <StatusTag status={h.status} /><OverdueTag overdue={h.overdue} /><ListedTag docNo={h.listingDocNo} />
        </Descriptions.Item>
        <Descriptions.Item label="隐患等级"><GradeTag grade={h.grade} /></Descriptions.Item>
        <Descriptions.Item label="矿山"><Link to={`/mines/${h.mineId}`}>{h.mineName}</Link></Descriptions.Item>
        <Descriptions.Item label="企业"><Link to={`/enterprises/${h.enterpriseId}`}>{h.enterpriseName}</Link></Descriptions.Item>
        <Descriptions.Item label="所在区县">{h.regionName}</Descriptions.Item>
        <Descriptions.Item label="发现途径">{labelOf(HAZARD_SOURCES, h.source)}</Descriptions.Item>
        {major && (
          <Descriptions.Item label="判定标准条目" span={2}><StandardText hazard={h} /></Descriptions.Item>
        )}
        <Descriptions.Item label="隐患描述" span={2}>{multiline(h.description)}</Descriptions.Item>
        <Descriptions.Item label="隐患部位">{text(h.placeText)}</Descriptions.Item>
        <Descriptions.Item label="位置坐标">{h.place ? `${h.place.lon}, ${h.place.lat}` : '—'}</Descriptions.Item>
        <Descriptions.Item label="发现时间">{formatDateTime(h.foundAt)}</Descriptions.Item>
        <Descriptions.Item label="发现人">{h.foundBy}</Descriptions.Item>
        <Descriptions.Item label="登记时间">{formatDateTime(h.registeredAt)}</Descriptions.Item>
        <Descriptions.Item label="登记时限"><RegistrationLag r={h.registration} /></Descriptions.Item>
        <Descriptions.Item label="整改期限">
          {formatDate(h.deadline)}{h.overdue && <Typography.Text type="danger">（已逾期）</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="销号时间">{formatDateTime(h.closedAt)}</Descriptions.Item>
        <Descriptions.Item label="停产停工">{yesNo(h.stopProduction)}</Descriptions.Item>
        <Descriptions.Item label="撤出作业人员">{yesNo(h.workersWithdrawn)}</Descriptions.Item>
        {h.rejectionReason && <Descriptions.Item label="不予认定理由" span={2}>{multiline(h.rejectionReason)}</Descriptions.Item>}
        {h.returnReason && (
          <Descriptions.Item label="验收不通过理由" span={2}>
            <Typography.Text type="danger" data-testid="return-reason">{h.returnReason}</Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Descriptions bordered size="small" column={1} title={major ? '整改方案（五定）' : '整改措施'} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="提交时间">{h.plan.submittedAt ? formatDateTime(h.plan.submittedAt) : '尚未提交'}</Descriptions.Item>
        {major && <Descriptions.Item label="整改目标和任务">{multiline(h.plan.goal)}</Descriptions.Item>}
        <Descriptions.Item label="整改方法和措施">{multiline(h.plan.measures)}</Descriptions.Item>
        {major && (
          <>
            <Descriptions.Item label="经费和物资">{multiline(h.plan.fundsMaterials)}</Descriptions.Item>
            <Descriptions.Item label="负责机构和人员">{multiline(h.plan.responsiblePeople)}</Descriptions.Item>
            <Descriptions.Item label="方案完成时限">{formatDate(h.plan.deadline)}</Descriptions.Item>
            <Descriptions.Item label="临时安全措施">{multiline(h.plan.interimMeasures)}</Descriptions.Item>
          </>
        )}
      </Descriptions>
    </>
  );
}
