import type { ExcelColumn } from '../../platform/excel/columns';

/**
 * The hazard import template (隐患批量导入): one row per hazard. The mine is named by 矿山名称; 采矿许可证号,
 * when filled, identifies it instead (and the name must match it).
 */
export const HAZARD_IMPORT_COLUMNS: ExcelColumn<never>[] = [
  { key: 'mineName', header: '矿山名称', required: true, width: 28, get: () => null, example: '城口县某某锰矿', note: '须为您管辖（或本企业）的矿山' },
  { key: 'miningLicenceNo', header: '采矿许可证号', width: 26, get: () => null, note: '选填；同名矿山或尾矿库须填写以区分。填写时按证号认定矿山' },
  { key: 'grade', header: '隐患等级', required: true, width: 10, get: () => null, note: '一般／重大' },
  { key: 'standardItemCode', header: '判定标准条款编号', width: 14, get: () => null, example: 'UG-07', note: '重大隐患必填，须适用于该矿山类型；一般隐患不填' },
  { key: 'standardSituationCode', header: '情形编号', width: 12, get: () => null, example: 'UG-07.1', note: '条款下列有具体情形的必填' },
  { key: 'description', header: '隐患描述', required: true, width: 40, get: () => null, example: '主排水泵房仅设2台水泵' },
  { key: 'placeText', header: '隐患部位', width: 20, get: () => null, example: '-120m中段主泵房' },
  { key: 'foundAt', header: '发现时间', required: true, width: 18, get: () => null, example: '2025-06-30 10:30', note: 'YYYY-MM-DD HH:mm（北京时间），不能晚于现在' },
  { key: 'foundBy', header: '发现人', required: true, width: 14, get: () => null, example: '安全科 张工' },
  { key: 'deadline', header: '整改期限', width: 14, get: () => null, example: '2025-07-31', note: '监管部门导入时必填（不早于今天）；企业上报不填，由区县认定时确定' },
  { key: 'stopProduction', header: '是否停产', width: 10, get: () => null, note: '是／否，不填为否' },
  { key: 'workersWithdrawn', header: '是否撤人', width: 10, get: () => null, note: '是／否，不填为否' },
];

export const HAZARD_HEADERS: Record<string, string> = {
  ...Object.fromEntries(HAZARD_IMPORT_COLUMNS.map((c) => [c.key, c.header])),
  mineId: '矿山名称',
};

export const GRADE_BY_LABEL: Record<string, 'major' | 'general'> = {
  一般: 'general', 一般隐患: 'general', 一般事故隐患: 'general', 重大: 'major', 重大隐患: 'major', 重大事故隐患: 'major',
};
export const YES_NO: Record<string, boolean> = { 是: true, 否: false, Y: true, N: false, TRUE: true, FALSE: false };

/** 'YYYY-MM-DD[ HH:mm[:ss]]' (also with '/' or 'T') in Beijing time → ISO with +08:00; anything else unchanged for zod to refuse. */
export function beijingDateTime(text: string): string {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return text;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const p2 = (x: string) => x.padStart(2, '0');
  const iso = `${y}-${p2(mo!)}-${p2(d!)}T${p2(h)}:${p2(mi)}:${p2(s)}+08:00`;
  const t = new Date(iso);
  // Reject impossible dates (2025-02-30 rolls over in Date): compare the Beijing calendar day back.
  const back = new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  return Number.isNaN(t.getTime()) || back !== iso.slice(0, 10) ? text : iso;
}

/** 'YYYY-MM-DD' (also '/' separated, or a date cell with a midnight time) → 'YYYY-MM-DD'; anything else unchanged. */
export function plainDate(text: string): string {
  const iso = beijingDateTime(text);
  return iso === text ? text : iso.slice(0, 10);
}
