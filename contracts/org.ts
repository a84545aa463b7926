import { z } from 'zod';
import { validateCreditCode } from './codes';
import { safeText, optionalText } from './text';
import { listQueryBase } from './paging';

export const MINE_KINDS = { underground: '地下矿山', open_pit: '露天矿山', tailings_pond: '尾矿库' } as const;
export type MineKind = keyof typeof MINE_KINDS;
export const MINE_STATUSES = {
  construction: '建设', production: '生产', suspended_rectification: '停产整顿',
  construction_halted: '停建', suspended: '停产', closed: '关闭',
} as const;
export const MINE_SCALES = { large: '大型', medium: '中型', small: '小型' } as const;
export const COMPLEXITY = { simple: '简单', medium: '中等', complex: '复杂' } as const;
export const TAILINGS_GRADES = ['一等', '二等', '三等', '四等', '五等'] as const;
export const AGENCY_KINDS = {
  safety_committee_office: '安委办', emergency_management: '应急管理局',
  planning_natural_resources: '规划和自然资源局', national_inspectorate: '国家矿山安全监察局重庆局',
} as const;
export const TIERS = { city: '市级', district: '区县' } as const;
/** 四个一批: Chongqing's exact names are unconfirmed (REFERENCE.md §2); the list is the `restructuring_categories` setting. */
export const DEFAULT_RESTRUCTURING_CATEGORIES = ['关闭退出一批', '整合重组一批', '改造升级一批', '达标保留一批'];
export const BOUNDARY_CRS = {
  'EPSG:4490': 'CGCS2000 地理坐标', 'EPSG:4326': 'WGS84 地理坐标', CGCS2000_GK3: 'CGCS2000 3°带高斯-克吕格',
  XIAN80_GK3: '西安80 3°带高斯-克吕格（不转换）', BEIJING54_GK3: '北京54 3°带高斯-克吕格（不转换）', OTHER: '其他（不转换）',
} as const;

const isoDate = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`);
const optDate = (label: string) => isoDate(label).nullish();
const nonNeg = (label: string) => z.number({ error: `${label}应为数字` }).min(0, `${label}不能为负数`);

export const creditCodeField = z.string({ error: '请填写统一社会信用代码' }).transform((v, ctx) => {
  const r = validateCreditCode(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  }
  return r.value;
});

export const enterpriseInput = z.object({
  name: safeText({ label: '企业名称', max: 100, min: 1 }),
  creditCode: creditCodeField,
  regionCode: z.string().max(12).nullish(),
  address: optionalText({ label: '地址', max: 200 }),
  parentId: z.uuid('上级公司无效').nullish(),
  legalRepresentative: optionalText({ label: '法定代表人', max: 50 }),
  contactName: optionalText({ label: '联系人', max: 50 }),
  contactPhone: optionalText({ label: '联系电话', max: 30 }),
});
export type EnterpriseInput = z.infer<typeof enterpriseInput>;

export const enterpriseOut = z.object({
  id: z.string(), name: z.string(), creditCode: z.string(),
  regionCode: z.string().nullable(), regionName: z.string().nullable(),
  address: z.string().nullable(), parentId: z.string().nullable(), parentName: z.string().nullable(),
  legalRepresentative: z.string().nullable(), contactName: z.string().nullable(),
  contactPhone: z.string().nullable().describe('masked'),
  mineCount: z.number(), version: z.number(), updatedAt: z.string(),
});
export type EnterpriseOut = z.infer<typeof enterpriseOut>;

export const enterpriseListQuery = listQueryBase.extend({
  regionCode: z.string().max(12).optional(),
  sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt']).default('name'),
});

export const boundaryInput = z.object({
  crs: z.enum(Object.keys(BOUNDARY_CRS) as [keyof typeof BOUNDARY_CRS]),
  centralMeridian: z.number().min(70).max(140).optional(),
  zone: z.number().int().min(20).max(50).optional(),
  /** polygon rings: [[ [a,b], ... ]] — geographic: [lon, lat]; 3° Gauss-Krüger: [X(north), Y(east)] as licence corner tables list them */
  rings: z.array(z.array(z.tuple([z.number(), z.number()])).min(4).max(5000)).min(1).max(50),
});

export const mineInput = z.object({
  enterpriseId: z.uuid('请选择企业'),
  regionCode: z.string({ error: '请选择所在区县' }).min(1, '请选择所在区县').max(12),
  name: safeText({ label: '矿山名称', max: 100, min: 1 }),
  kinds: z.array(z.enum(Object.keys(MINE_KINDS) as [MineKind])).min(1, '请选择矿山类型').max(2),
  servesMineId: z.uuid().nullish(),
  tailingsGrade: z.enum(TAILINGS_GRADES).nullish(),
  damHeightM: nonNeg('坝高').nullish(),
  capacityWanM3: nonNeg('库容').nullish(),
  headOver: z.boolean().nullish(),
  mineral: optionalText({ label: '矿种', max: 50 }),
  scale: z.enum(Object.keys(MINE_SCALES) as [keyof typeof MINE_SCALES]).nullish(),
  status: z.enum(Object.keys(MINE_STATUSES) as [keyof typeof MINE_STATUSES], { error: '请选择矿山状态' }),
  location: z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }).nullish(),
  boundary: boundaryInput.nullish(),
  elevationMinM: z.number().min(-2000).max(9000).nullish(),
  elevationMaxM: z.number().min(-2000).max(9000).nullish(),
  miningLicenceNo: optionalText({ label: '采矿许可证号', max: 40 }),
  miningLicenceFrom: optDate('采矿许可证有效期起'),
  miningLicenceTo: optDate('采矿许可证有效期止'),
  safetyLicenceNo: optionalText({ label: '安全生产许可证号', max: 60 }),
  safetyLicenceFrom: optDate('安全生产许可证有效期起'),
  safetyLicenceTo: optDate('安全生产许可证有效期止'),
  designCapacity: nonNeg('设计生产能力').nullish(),
  independentSystems: z.number().int().min(0).max(50).nullish(),
  hydroComplexity: z.enum(Object.keys(COMPLEXITY) as [keyof typeof COMPLEXITY]).nullish(),
  geoComplexity: z.enum(Object.keys(COMPLEXITY) as [keyof typeof COMPLEXITY]).nullish(),
  positioningInstalled: z.boolean().default(false),
  restructuringCategory: optionalText({ label: '四个一批类别', max: 30 }),
  selfInspectionFrom: optDate('自查起始日期'),
  externalIds: z.record(z.string().max(40), z.string().max(100)).default({}),
});
export type MineInput = z.infer<typeof mineInput>;

export const mineOut = z.object({
  id: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  regionCode: z.string(), regionName: z.string(), name: z.string(), kinds: z.array(z.string()),
  servesMineId: z.string().nullable(), servesMineName: z.string().nullable(),
  tailingsGrade: z.string().nullable(), damHeightM: z.number().nullable(), capacityWanM3: z.number().nullable(),
  headOver: z.boolean().nullable(), mineral: z.string().nullable(), scale: z.string().nullable(), status: z.string(),
  location: z.object({ lon: z.number(), lat: z.number() }).nullable(),
  boundaryCrs: z.string().nullable(), boundaryOriginal: z.unknown().nullable(),
  boundaryGeoJson: z.unknown().nullable(), boundaryConverted: z.boolean(),
  elevationMinM: z.number().nullable(), elevationMaxM: z.number().nullable(),
  miningLicenceNo: z.string().nullable(), miningLicenceFrom: z.string().nullable(), miningLicenceTo: z.string().nullable(),
  safetyLicenceNo: z.string().nullable(), safetyLicenceFrom: z.string().nullable(), safetyLicenceTo: z.string().nullable(),
  designCapacity: z.number().nullable(), independentSystems: z.number().nullable(),
  hydroComplexity: z.string().nullable(), geoComplexity: z.string().nullable(), positioningInstalled: z.boolean(),
  restructuringCategory: z.string().nullable(), selfInspectionFrom: z.string().nullable(),
  externalIds: z.record(z.string(), z.string()),
  /** non-blocking findings: point outside the district outline, licence number format, expired licences */
  warnings: z.array(z.string()),
  version: z.number(), updatedAt: z.string(),
});
export type MineOut = z.infer<typeof mineOut>;

export const mineListQuery = listQueryBase.extend({
  regionCode: z.string().max(12).optional(),
  enterpriseId: z.uuid().optional(),
  kind: z.enum(Object.keys(MINE_KINDS) as [MineKind]).optional(),
  status: z.enum(Object.keys(MINE_STATUSES) as [keyof typeof MINE_STATUSES]).optional(),
  sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt']).default('name'),
});

export { isoDate };

export const mineListItem = mineOut.pick({
  id: true, name: true, enterpriseId: true, enterpriseName: true, regionCode: true, regionName: true, kinds: true,
  status: true, mineral: true, scale: true, miningLicenceNo: true, miningLicenceTo: true, safetyLicenceTo: true,
  updatedAt: true,
});
export type MineListItem = z.infer<typeof mineListItem>;
