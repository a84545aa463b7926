import { Alert, Card, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { HAZARD_FLAG_KINDS, type HazardFlagOut } from '@contracts/hazards';
import { formatDateTime, labelOf } from '../../../lib/format';
import type { Hazard } from '../types';

type Principal = HazardFlagOut['minePrincipals'][number];
const names = (ps: Principal[]) =>
  ps.length ? ps.map((p) => `${p.name}（${p.orgName}${p.position}，${p.date}在任）`).join('；') : '未登记';

/** Who held the principal posts on the flag's dates: the notice holds them (and the parent company's) responsible. */
export function FlagPrincipals({ flag }: { flag: HazardFlagOut }) {
  return (
    <Typography.Text type="secondary">
      矿山/企业主要负责人：{names(flag.minePrincipals)}；上级公司主要负责人：{names(flag.parentPrincipals)}
    </Typography.Text>
  );
}

/** 复发自, 撤销销号 count and the 屡改屡犯/弄虚作假 flags of one hazard (nothing when there are none). */
export function HazardFlags({ hazard: h }: { hazard: Hazard }) {
  if (!h.recurrenceOf && h.reopenedCount === 0 && h.flags.length === 0) return null;
  return (
    <Card type="inner" title="屡改屡犯与责任追溯" style={{ marginBottom: 16 }} data-testid="hazard-flags">
      <Space direction="vertical" style={{ width: '100%' }}>
        {h.recurrenceOf && (
          <Typography.Text>
            复发自：<Link to={`/hazards/${h.recurrenceOf.id}`}>{h.recurrenceOf.description}</Link>
            {h.recurrenceOf.closedAt && `（${formatDateTime(h.recurrenceOf.closedAt)} 销号）`}
          </Typography.Text>
        )}
        {h.reopenedCount > 0 && <Typography.Text type="warning">该隐患销号后被监管部门撤销销号 {h.reopenedCount} 次</Typography.Text>}
        {h.flags.map((f) => (
          <Alert key={f.id} type={f.kind === 'suspected_falsification' ? 'error' : 'warning'} showIcon
            title={`${labelOf(HAZARD_FLAG_KINDS, f.kind)}：${f.detail}`}
            description={<FlagPrincipals flag={f} />} />
        ))}
      </Space>
    </Card>
  );
}
