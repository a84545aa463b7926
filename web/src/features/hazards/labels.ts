import type { HazardStatus } from '@contracts/hazards';
import { HAZARD_ACTIONS } from '@contracts/hazards';

/** Tag colour per 隐患状态: waiting on the regulator orange/gold, rectifying blue, closed green. */
export const STATUS_COLORS: Record<HazardStatus, string> = {
  reported: 'orange', in_rectification: 'blue', awaiting_acceptance: 'gold', awaiting_delisting: 'purple', closed: 'green',
};
export const GRADE_COLORS: Record<string, string> = { major: 'red', general: 'default' };
export const EXTENSION_STATUSES: Record<string, string> = { pending: '待审批', approved: '已批准', rejected: '未批准' };
export const EXTENSION_COLORS: Record<string, string> = { pending: 'orange', approved: 'green', rejected: 'red' };
export const LISTING_COLORS: Record<string, string> = { active: 'red', awaiting_delisting: 'purple', delisted: 'green' };

/** Timeline event names: the lifecycle actions plus the events written by extensions and listings. */
export const EVENT_LABELS: Record<string, string> = {
  create: '登记隐患', ...HAZARD_ACTIONS,
  extension_request: '申请延期', extension_approve: '批准延期', extension_reject: '不批准延期',
  list: '挂牌督办', delist: '摘牌销号',
};

/** Field labels, for the STALE comparison. */
export const HAZARD_LABELS: Record<string, string> = {
  status: '状态', grade: '隐患等级', deadline: '整改期限', standardItemCode: '判定标准条目', description: '隐患描述',
  listingDocNo: '督办文号', version: '版本',
};
