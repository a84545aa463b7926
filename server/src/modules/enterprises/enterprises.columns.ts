import type { EnterpriseOut } from '@contracts/org';
import type { ExcelColumn } from '../../platform/excel/columns';

/** One spreadsheet layout for export, the import template and import (headers are matched by text). */
export const ENTERPRISE_COLUMNS: ExcelColumn<EnterpriseOut>[] = [
  { key: 'name', header: '企业名称', width: 36, required: true, get: (r) => r.name, example: '城口县某某矿业有限公司' },
  { key: 'creditCode', header: '统一社会信用代码', width: 22, required: true, get: (r) => r.creditCode, example: '9144030071526726XG', note: '18位，GB 32100校验' },
  { key: 'regionName', header: '所在区县', width: 14, get: (r) => r.regionName, example: '城口县', note: '重庆市外的上级公司留空' },
  { key: 'address', header: '地址', width: 36, get: (r) => r.address },
  { key: 'parentCreditCode', header: '上级公司统一社会信用代码', width: 22, get: (r) => r.parentName ?? null, note: '上级公司须已登记' },
  { key: 'legalRepresentative', header: '法定代表人', width: 12, get: (r) => r.legalRepresentative },
  { key: 'contactName', header: '联系人', width: 12, get: (r) => r.contactName },
  { key: 'contactPhone', header: '联系电话', width: 16, get: (r) => r.contactPhone, note: '导出时已脱敏' },
];
