import type { ReactNode } from 'react';
import {
  AlertOutlined, ApartmentOutlined, AuditOutlined, BankOutlined, CalendarOutlined, EnvironmentOutlined, HomeOutlined, FlagOutlined, KeyOutlined, SafetyCertificateOutlined, ScheduleOutlined, SettingOutlined, StopOutlined, TeamOutlined, UserOutlined, WarningOutlined,
} from '@ant-design/icons';
import type { Permission } from '@contracts/access';

interface NavItem { key: string; label: string; icon: ReactNode; perm?: Permission }

/** Left menu; an item shows only when the user holds its permission (contracts/access.ts). */
export const NAV_ITEMS: NavItem[] = [
  { key: '/', label: '首页', icon: <HomeOutlined /> },
  { key: '/enterprises', label: '企业', icon: <BankOutlined />, perm: 'enterprise.read' },
  { key: '/mines', label: '矿山', icon: <EnvironmentOutlined />, perm: 'mine.read' },
  { key: '/people', label: '人员与任职', icon: <TeamOutlined />, perm: 'person.read' },
  { key: '/hazards', label: '隐患', icon: <AlertOutlined />, perm: 'hazard.read' },
  { key: '/listings', label: '挂牌督办', icon: <FlagOutlined />, perm: 'hazard.list' },
  { key: '/hazard-flags', label: '屡改屡犯台账', icon: <WarningOutlined />, perm: 'hazard.read' },
  { key: '/closure-proposals', label: '提请关闭建议', icon: <StopOutlined />, perm: 'hazard.closure.decide' },
  { key: '/hazard-resumptions', label: '复产验收', icon: <SafetyCertificateOutlined />, perm: 'hazard.read' },
  { key: '/self-inspections', label: '月度自查', icon: <CalendarOutlined />, perm: 'selfinspection.read' },
  { key: '/users', label: '用户', icon: <UserOutlined />, perm: 'user.read' },
  { key: '/tokens', label: 'API令牌', icon: <KeyOutlined />, perm: 'token.manage' },
  { key: '/audit', label: '审计日志', icon: <AuditOutlined />, perm: 'audit.read' },
  { key: '/rule-settings', label: '规则设置', icon: <SettingOutlined />, perm: 'rules.manage' },
  { key: '/work-calendar', label: '工作日历', icon: <ScheduleOutlined />, perm: 'rules.manage' },
];

export const BrandIcon = ApartmentOutlined;

/** Menu key for a path: the first segment ("/mines/123/edit" → "/mines"). */
export function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1];
  return first ? `/${first}` : '/';
}
