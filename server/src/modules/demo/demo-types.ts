// Shapes of the demo dataset: plain objects linked by stable string keys (not database ids), so the
// loader can insert them in any order and a test can check every link without a database.
import type { GeoInput } from '../../platform/geo/crs';

export type AgencyKind = 'safety_committee_office' | 'emergency_management' | 'national_inspectorate' | 'planning_natural_resources';

export interface DemoAgency {
  key: string;
  name: string;
  kind: AgencyKind;
  tier: 'city' | 'district';
  /** '500000' for city bodies */
  regionCode: string;
}

export interface DemoEnterprise {
  key: string;
  name: string;
  /** 统一社会信用代码 (GB 32100), valid check digit */
  creditCode: string;
  /** registration district; null for parent companies registered outside Chongqing */
  regionCode: string | null;
  address: string;
  /** 法定代表人 – the principal's name */
  legalRepresentative: string;
  contactName: string;
  contactPhone: string;
  /** 上级公司 */
  parentKey: string | null;
}

export type MineKind = 'underground' | 'open_pit' | 'tailings_pond';
export type MineStatus = 'construction' | 'production' | 'suspended_rectification' | 'construction_halted' | 'closed';
export type Complexity = 'simple' | 'medium' | 'complex';
export type TailingsGrade = '一等' | '二等' | '三等' | '四等' | '五等';
export const RESTRUCTURING_CATEGORIES = ['关闭退出一批', '整合重组一批', '改造升级一批', '达标保留一批'] as const;
export type RestructuringCategory = (typeof RESTRUCTURING_CATEGORIES)[number];

export interface Licence {
  no: string;
  validFrom: string;
  validTo: string;
}

export interface TailingsInfo {
  grade: TailingsGrade;
  /** 坝高, m */
  damHeight: number;
  /** 全库容, 万m³ */
  capacity: number;
  /** 头顶库: people or facilities within 1 km downstream */
  headOver: boolean;
}

export interface DemoMine {
  key: string;
  enterpriseKey: string;
  regionCode: string;
  name: string;
  kinds: MineKind[];
  /** tailings ponds only: the mine whose tailings they hold */
  servesMineKey: string | null;
  tailings: TailingsInfo | null;
  mineral: string;
  scale: 'large' | 'medium' | 'small';
  status: MineStatus;
  /** [lon, lat] CGCS2000 */
  location: [number, number];
  /** 矿区范围 as the licence gives it (own CRS; pass to toGeographic); null for tailings ponds */
  boundary: GeoInput | null;
  /** 开采标高, m; null for tailings ponds */
  elevation: { min: number; max: number } | null;
  miningLicence: Licence | null;
  /** null while a mine is still under construction (licence comes after completion acceptance) */
  safetyLicence: Licence | null;
  /** 万吨/年; null for tailings ponds */
  designCapacity: number | null;
  /** underground only */
  independentSystems: number | null;
  hydroComplexity: Complexity | null;
  geoComplexity: Complexity | null;
  /** 人员定位系统; meaningful underground only */
  positioningInstalled: boolean;
  restructuringCategory: RestructuringCategory;
  selfInspectionObligedFrom: string;
}

export interface DemoPerson {
  key: string;
  name: string;
  gender: 'M' | 'F';
  /** 18-digit 公民身份号码 with a valid check digit */
  idNumber: string;
  birthDate: string;
  phone: string;
  education: string;
  major: string;
  title: string | null;
  /** the enterprise that registered the person */
  ownerEnterpriseKey: string;
}

export type PositionKind = 'principal' | 'actual_controller' | 'mine_manager' | 'chief_engineer';

export interface DemoPosition {
  personKey: string;
  orgType: 'enterprise' | 'mine';
  orgKey: string;
  /** the enterprise itself, or the mine's enterprise (positions table needs it) */
  enterpriseKey: string;
  position: PositionKind;
  startDate: string;
  endDate: string | null;
}

export interface DemoUser {
  username: string;
  displayName: string;
  roles: string[];
  orgType: 'agency' | 'enterprise';
  orgKey: string;
  personKey?: string;
}

export interface DemoDataset {
  seed: number;
  agencies: DemoAgency[];
  enterprises: DemoEnterprise[];
  mines: DemoMine[];
  people: DemoPerson[];
  positions: DemoPosition[];
  users: DemoUser[];
}
