import type { ReactNode } from 'react';
import {
  AlertOutlined, ApartmentOutlined, AuditOutlined, BankOutlined, CalendarOutlined, EnvironmentOutlined, HomeOutlined, FlagOutlined, KeyOutlined, SafetyCertificateOutlined, ScheduleOutlined, SettingOutlined, StopOutlined, TeamOutlined, UserOutlined, WarningOutlined,
} from '@ant-design/icons';
import { BellOutlined, BookOutlined, FileSearchOutlined, RiseOutlined, VideoCameraOutlined } from '@ant-design/icons';
import type { Permission } from '@contracts/access';

/** `agencyOnly`: regulators' pages that enterprise users may not open even though they hold the read permission */
interface NavItem { key: string; label: string; icon: ReactNode; perm?: Permission; agencyOnly?: boolean }
interface NavGroup { key: string; label: string; icon: ReactNode; children: NavItem[] }

/**
 * Left menu in sections; an item shows only when the user holds its permission (contracts/access.ts), and a
 * section only when it has an item to show.
 */
export const NAV: (NavItem | NavGroup)[] = [
  { key: '/', label: '首页', icon: <HomeOutlined /> },
  { key: '/notifications', label: '消息', icon: <BellOutlined /> },
  { key: 'g-registry', label: '基础数据', icon: <BankOutlined />, children: [
    { key: '/enterprises', label: '企业', icon: <BankOutlined />, perm: 'enterprise.read' },
    { key: '/mines', label: '矿山', icon: <EnvironmentOutlined />, perm: 'mine.read' },
  ] },
  { key: 'g-hazards', label: '隐患治理', icon: <AlertOutlined />, children: [
    { key: '/hazards', label: '隐患', icon: <AlertOutlined />, perm: 'hazard.read' },
    { key: '/listings', label: '挂牌督办', icon: <FlagOutlined />, perm: 'hazard.list' },
    { key: '/hazard-resumptions', label: '复产验收', icon: <SafetyCertificateOutlined />, perm: 'hazard.read' },
    { key: '/hazard-flags', label: '屡改屡犯台账', icon: <WarningOutlined />, perm: 'hazard.read' },
    { key: '/closure-proposals', label: '提请关闭建议', icon: <StopOutlined />, perm: 'hazard.closure.decide' },
    { key: '/self-inspections', label: '月度自查', icon: <CalendarOutlined />, perm: 'selfinspection.read' },
    { key: '/monthly-report', label: '动态清零月报', icon: <ScheduleOutlined />, perm: 'hazard.read', agencyOnly: true },
  ] },
  { key: 'g-people', label: '人员管理', icon: <TeamOutlined />, children: [
    { key: '/people', label: '人员与任职', icon: <TeamOutlined />, perm: 'person.read' },
    { key: '/key-post-vacancies', label: '岗位空缺', icon: <TeamOutlined />, perm: 'person.read' },
    { key: '/certificates', label: '特种作业人员', icon: <SafetyCertificateOutlined />, perm: 'person.read' },
    { key: '/onsite', label: '领导在岗', icon: <CalendarOutlined />, perm: 'mine.read' },
    { key: '/training', label: '三项岗位培训', icon: <BookOutlined />, perm: 'person.read' },
    { key: '/training-progress', label: '培训目标与进度', icon: <RiseOutlined />, perm: 'classroom.record' },
    { key: '/classrooms', label: '培训教室联网', icon: <VideoCameraOutlined />, perm: 'mine.read' },
  ] },
  { key: 'g-supervision', label: '监管执法', icon: <FileSearchOutlined />, children: [
    { key: '/inspection-visits', label: '检查记录', icon: <FileSearchOutlined />, perm: 'mine.read' },
  ] },
  { key: 'g-system', label: '系统管理', icon: <SettingOutlined />, children: [
    { key: '/users', label: '用户', icon: <UserOutlined />, perm: 'user.read' },
    { key: '/tokens', label: 'API令牌', icon: <KeyOutlined />, perm: 'token.manage' },
    { key: '/audit', label: '审计日志', icon: <AuditOutlined />, perm: 'audit.read' },
    { key: '/rule-settings', label: '规则设置', icon: <SettingOutlined />, perm: 'rules.manage' },
    { key: '/work-calendar', label: '工作日历', icon: <ScheduleOutlined />, perm: 'rules.manage' },
    { key: '/certificate-types', label: '特种作业目录', icon: <SettingOutlined />, perm: 'rules.manage' },
  ] },
];

/** The sections and items this user may see, in antd Menu's item shape. */
export function menuItems(can: (p: Permission) => boolean, isAgency: boolean) {
  const visible = (i: NavItem) => (!i.perm || can(i.perm)) && (!i.agencyOnly || isAgency);
  const plain = ({ key, label, icon }: NavItem) => ({ key, label, icon });
  return NAV.flatMap((n) => {
    if (!('children' in n)) return visible(n) ? [plain(n)] : [];
    const children = n.children.filter(visible).map(plain);
    return children.length ? [{ key: n.key, label: n.label, icon: n.icon, children }] : [];
  });
}

/** The section holding a menu key, to open it on arrival. */
export function groupOf(key: string): string | undefined {
  return NAV.find((n) => 'children' in n && n.children.some((c) => c.key === key))?.key;
}

export const BrandIcon = ApartmentOutlined;

/** Menu key for a path: the first segment ("/mines/123/edit" → "/mines"). */
export function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1];
  return first ? `/${first}` : '/';
}
