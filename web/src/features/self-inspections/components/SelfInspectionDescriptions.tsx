import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { HAZARD_STATUSES } from '@contracts/hazards';
import { api } from '../../../lib/api';
import { SELF_INSPECTION_RESULTS } from '@contracts/self-inspections';
import { formatDate, formatDateTime, labelOf } from '../../../lib/format';
import type { SelfInspection } from '../types';

interface HazardBrief { id: string; description: string; status: string; grade: string }

/** 关联隐患: each links to its record; the description is looked up (the id is shown if that fails). */
function HazardLinks({ ids }: { ids: string[] }) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['hazards', 'detail', id],
      queryFn: () => api.get<HazardBrief>(`/api/hazards/${encodeURIComponent(id)}`),
      staleTime: 60_000,
    })),
  });
  return (
    <ol style={{ margin: 0, paddingLeft: 20 }}>
      {ids.map((id, i) => {
        const h = results[i]?.data;
        return (
          <li key={id}>
            <Link to={`/hazards/${id}`}>{h ? h.description : id}</Link>
            {h && <Tag style={{ marginLeft: 8 }}>{labelOf(HAZARD_STATUSES, h.status)}</Tag>}
          </li>
        );
      })}
    </ol>
  );
}

const multiline = (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>;

/** Flags of a record: 组织人不符合要求, 逾期, 补录. */
export function SelfInspectionFlags({ record: s }: { record: SelfInspection }) {
  return (
    <Space size={4} wrap>
      {!s.organiserRoleOk && <Tag color="red">组织人不符合要求</Tag>}
      {s.late && <Tag color="orange">逾期</Tag>}
      {s.backfilled && <Tag color="purple">补录</Tag>}
      {s.organiserRoleOk && !s.late && !s.backfilled && <Tag color="green">按时报送</Tag>}
    </Space>
  );
}

export function SelfInspectionDescriptions({ record: s }: { record: SelfInspection }) {
  return (
    <>
      {s.warnings.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="提示"
          description={<ul style={{ margin: 0, paddingLeft: 20 }}>{s.warnings.map((w) => <li key={w}>{w}</li>)}</ul>} />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="矿山"><Link to={`/mines/${s.mineId}`}>{s.mineName}</Link></Descriptions.Item>
        <Descriptions.Item label="企业">{s.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label="区县">{s.regionName}</Descriptions.Item>
        <Descriptions.Item label="自查月份">{s.month}</Descriptions.Item>
        <Descriptions.Item label="组织人">
          {s.organiserName}{!s.organiserRoleOk && <Tag color="red" style={{ marginLeft: 8 }}>组织人不符合要求</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="自查日期">{formatDate(s.inspectionDate)}</Descriptions.Item>
        <Descriptions.Item label="参加人员" span={2}>{multiline(s.participants)}</Descriptions.Item>
        <Descriptions.Item label="自查范围" span={2}>{multiline(s.scope)}</Descriptions.Item>
        <Descriptions.Item label="自查结论">
          <Tag color={s.result === 'hazards_found' ? 'red' : 'green'}>{labelOf(SELF_INSPECTION_RESULTS, s.result)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="标记"><SelfInspectionFlags record={s} /></Descriptions.Item>
        <Descriptions.Item label="提交时间">{formatDateTime(s.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label="截止日期">{formatDate(s.dueDate)}</Descriptions.Item>
        <Descriptions.Item label="签字" span={2}>
          {s.signedAt
            ? `已由组织人${s.organiserName}本人账号签字（${formatDateTime(s.signedAt)}）`
            : <Typography.Text type="warning">未签字{s.result === 'hazards_found' ? '（签字前可修改）' : ''}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="关联隐患" span={2}>
          {s.hazardIds.length === 0 ? '—' : <HazardLinks ids={s.hazardIds} />}
        </Descriptions.Item>
        <Descriptions.Item label="最后更新">{formatDateTime(s.updatedAt)}</Descriptions.Item>
        <Descriptions.Item label="版本">{s.version}</Descriptions.Item>
      </Descriptions>
    </>
  );
}
