import { z } from 'zod';
import { safeText, optionalText } from './text';
import { listQueryBase } from './paging';

/**
 * Positions (任职): the principals, the 五职矿长, and the technical and other posts the key-post rules require
 * (docs/personnel.md). A tailings pond's safety managers are `safety_manager` posts held at the pond.
 */
export const POSITIONS = {
  principal: '主要负责人', actual_controller: '实际控制人', mine_manager: '矿长', chief_engineer: '总工程师',
  safety_deputy: '安全副矿长', production_deputy: '生产副矿长', mechanical_deputy: '机电副矿长', safety_manager: '安全管理人员',
  mining_technician: '采矿技术人员', geology_technician: '地质技术人员', survey_technician: '测量技术人员',
  mechanical_technician: '机电技术人员', hydro_technician: '防治水技术人员', tailings_technician: '尾矿库专业技术人员',
  special_operator: '特种作业人员',
} as const;
export type PositionCode = keyof typeof POSITIONS;
const isoDate = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`);

export const personInput = z.object({
  name: safeText({ label: '姓名', max: 50, min: 1 }),
  idDocType: z.enum(['resident_id', 'hmt_residence', 'foreign_permanent', 'passport', 'other']).default('resident_id'),
  idNumber: optionalText({ label: '证件号码', max: 30 }),
  phone: optionalText({ label: '手机号码', max: 30 }),
  education: optionalText({ label: '学历', max: 30 }),
  major: optionalText({ label: '专业', max: 50 }),
  title: optionalText({ label: '职称', max: 50 }),
  /** 从事矿山工作年限 */
  miningYears: z.number({ error: '从业年限应为整数' }).int('从业年限应为整数').min(0, '从业年限不能为负数').max(70, '从业年限不能超过70年').nullish(),
  /** enterprise users register people of their own enterprise; agencies may name the enterprise */
  ownerEnterpriseId: z.uuid().nullish(),
});
export type PersonInput = z.infer<typeof personInput>;

export const personOut = z.object({
  id: z.string(), name: z.string(), idDocType: z.string(),
  idNumber: z.string().nullable().describe('masked'), phone: z.string().nullable().describe('masked'),
  education: z.string().nullable(), major: z.string().nullable(), title: z.string().nullable(), miningYears: z.number().nullable(),
  ownerEnterpriseId: z.string().nullable(), ownerEnterpriseName: z.string().nullable(),
  version: z.number(), updatedAt: z.string(),
});
export type PersonOut = z.infer<typeof personOut>;
export const personListQuery = listQueryBase.extend({
  enterpriseId: z.uuid().optional(),
  /** exact ID number or phone, searched by blind index */
  idNumber: z.string().max(30).optional(),
  phone: z.string().max(30).optional(),
});
export const revealOut = z.object({ idNumber: z.string().nullable(), phone: z.string().nullable() });

export const positionInput = z.object({
  personId: z.uuid('请选择人员'),
  enterpriseId: z.uuid('请选择企业'),
  mineId: z.uuid().nullish(),
  position: z.enum(Object.keys(POSITIONS) as [PositionCode], { error: '请选择职务' }),
  startDate: isoDate('任职开始日期'),
  endDate: isoDate('任职结束日期').nullish(),
  /** 专职 (default): only a full-time holder fills a required post */
  fullTime: z.boolean().default(true),
  /** the independent production system (1, 2, …) a per-system post belongs to */
  productionSystem: z.number().int('生产系统序号应为整数').min(1, '生产系统序号从1开始').max(50, '生产系统序号不能超过50').nullish(),
});
export const positionOut = z.object({
  id: z.string(), personId: z.string(), personName: z.string(), enterpriseId: z.string(), enterpriseName: z.string(),
  mineId: z.string().nullable(), mineName: z.string().nullable(), position: z.string(),
  startDate: z.string(), endDate: z.string().nullable(), fullTime: z.boolean(), productionSystem: z.number().nullable(),
});
export type PositionOut = z.infer<typeof positionOut>;
export const positionListQuery = z.object({
  personId: z.uuid().optional(), enterpriseId: z.uuid().optional(), mineId: z.uuid().optional(),
  position: z.string().max(40).optional(),
  /** "who held it on date D" */
  onDate: isoDate('日期').optional(),
});
export const endPositionInput = z.object({ endDate: isoDate('任职结束日期') });
