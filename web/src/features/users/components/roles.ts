import type { Rule } from 'antd/es/form';
import { ADMIN_ROLES, ROLES, rolesAllowedFor, type Role } from '@contracts/access';

export const roleLabel = (r: string) => ROLES[r as Role]?.label ?? r;

/** Roles the organisation may hold (agency tier decides city vs district roles). */
export function roleOptions(orgType: 'agency' | 'enterprise' | undefined, tier?: string | null) {
  if (!orgType) return [];
  const t = tier === 'district' || tier === 'city' ? tier : undefined;
  return rolesAllowedFor(orgType, t).map((r) => ({ value: r, label: ROLES[r].label }));
}

/** 三员分立: system, security and audit administrator are never held by one person. */
export const separationOfDuties: Rule = {
  validator: (_r, roles?: string[]) => {
    const admin = (roles ?? []).filter((r) => ADMIN_ROLES.includes(r as Role));
    return admin.length > 1
      ? Promise.reject(new Error('系统管理员、安全管理员、审计管理员须由不同人员担任（三员分立）'))
      : Promise.resolve();
  },
};
