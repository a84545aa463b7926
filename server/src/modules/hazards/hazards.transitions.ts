import type { Permission } from '@contracts/access';
import type { HazardAction, HazardActionBody, HazardGrade, HazardStatus } from '@contracts/hazards';

/**
 * The hazard lifecycle in one table. For each action: the statuses (and grades) it may start from,
 * who may take it (permission + organisation tier), the body fields it requires, and where it goes.
 *
 *  major, enterprise-reported:  reported ─confirm→ in_rectification ─self_accept→ awaiting_acceptance
 *                               reported ─reject_as_general→ in_rectification (now a general hazard)
 *                               awaiting_acceptance ─accept_fail→ in_rectification
 *                               awaiting_acceptance ─accept_pass→ closed | awaiting_delisting (when listed)
 *                               awaiting_delisting ─delist (listing agency only)→ closed
 *  major, regulator-found:      created in_rectification with a deadline, then as above
 *  general:                     reported ─submit_plan→ in_rectification ─close_general→ closed (the enterprise closes it)
 *  either grade:                closed ─revoke_closure (district regulator, with a reason)→ in_rectification
 *
 * Refusals are checked in this order: outside scope 404 → permission/tier 403 → status/grade 409 → fields 400.
 */
export type Tier = 'enterprise' | 'district' | 'agency';
type Field = keyof HazardActionBody;

export interface Transition {
  from: HazardStatus[];
  grades: HazardGrade[];
  permission: Permission;
  tier: Tier;
  required: (grade: HazardGrade) => Field[];
  /** the status after the action; `listed` says whether the hazard has an active listing */
  to: (from: HazardStatus, listed: boolean) => HazardStatus;
  /** why the state forbids it (409), in Chinese */
  refusal: string;
}

const FIVE_DEFINITIONS: Field[] = ['goal', 'measures', 'fundsMaterials', 'responsiblePeople', 'planDeadline', 'interimMeasures'];
const BOTH: HazardGrade[] = ['major', 'general'];

export const TRANSITIONS: Record<HazardAction, Transition> = {
  confirm: {
    from: ['reported'], grades: ['major'], permission: 'hazard.confirm', tier: 'district',
    required: () => ['deadline'], to: () => 'in_rectification', refusal: '只有已上报、待认定的重大隐患可以认定',
  },
  reject_as_general: {
    from: ['reported'], grades: ['major'], permission: 'hazard.confirm', tier: 'district',
    required: () => ['reason'], to: () => 'in_rectification', refusal: '只有已上报、待认定的重大隐患可以不予认定',
  },
  submit_plan: {
    from: ['reported', 'in_rectification'], grades: BOTH, permission: 'hazard.rectify', tier: 'enterprise',
    required: (g) => (g === 'major' ? FIVE_DEFINITIONS : ['measures']), to: () => 'in_rectification',
    refusal: '当前状态不能提交整改方案（重大隐患须先经区县认定）',
  },
  progress: {
    from: ['in_rectification'], grades: BOTH, permission: 'hazard.rectify', tier: 'enterprise',
    required: () => ['note'], to: (s) => s, refusal: '只有整改中的隐患可以填报整改进展',
  },
  self_accept: {
    from: ['in_rectification'], grades: ['major'], permission: 'hazard.sign', tier: 'enterprise',
    required: () => ['password'], to: () => 'awaiting_acceptance', refusal: '只有已提交整改方案、整改中的重大隐患可以自验',
  },
  accept_pass: {
    from: ['awaiting_acceptance'], grades: ['major'], permission: 'hazard.accept', tier: 'district',
    required: () => [], to: (_s, listed) => (listed ? 'awaiting_delisting' : 'closed'), refusal: '只有待验收的重大隐患可以验收',
  },
  accept_fail: {
    from: ['awaiting_acceptance'], grades: ['major'], permission: 'hazard.accept', tier: 'district',
    required: () => ['reason'], to: () => 'in_rectification', refusal: '只有待验收的重大隐患可以验收',
  },
  close_general: {
    from: ['in_rectification'], grades: ['general'], permission: 'hazard.rectify', tier: 'enterprise',
    required: () => ['note'], to: () => 'closed', refusal: '只有整改中的一般隐患可以由企业销号',
  },
  revoke_closure: {
    from: ['closed'], grades: BOTH, permission: 'hazard.accept', tier: 'district',
    required: () => ['reason'], to: () => 'in_rectification', refusal: '只有已销号的隐患可以撤销销号',
  },
};

/** Status and grade allow the action (the extra rule: a major hazard is self-accepted only with a plan). */
export function stateAllows(t: Transition, h: { status: string; grade: string; planSubmittedAt: unknown }, action: HazardAction): boolean {
  if (!t.from.includes(h.status as HazardStatus) || !t.grades.includes(h.grade as HazardGrade)) return false;
  if (action === 'submit_plan' && h.status === 'reported' && h.grade === 'major') return false;
  if (action === 'self_accept' && !h.planSubmittedAt) return false;
  return true;
}
