// The demo mines and tailings ponds as tables. Coordinates, dates and people are generated
// (demo-mines.ts); the facts a demo or test relies on – kinds, status, the expired or malformed
// licence, which boundaries arrive in projected coordinates – are fixed here.
import type { MineStatus, TailingsGrade } from './demo-types';

export type KindCode = 'U' | 'O' | 'UO';
/** How the licence area is recorded: CGCS2000 lon/lat unless stated. */
export type BoundaryForm = 'geo' | 'gk3' | 'gk3-prefixed' | 'xian80';

export interface MineRow {
  key: string;
  ent: string;
  /** defaults to the enterprise's district */
  region?: string;
  name: string;
  mineral: string;
  kinds: KindCode;
  scale: 'large' | 'medium' | 'small';
  status: MineStatus;
  /** design capacity, 万吨/年 */
  cap: number;
  form?: BoundaryForm;
  /** fixed licence facts the demo needs: an expired or malformed one */
  miningTo?: string;
  malformedLicence?: boolean;
  safetyTo?: string;
}

const m = (key: string, ent: string, name: string, mineral: string, kinds: KindCode, scale: MineRow['scale'], status: MineStatus, cap: number, extra: Partial<MineRow> = {}): MineRow =>
  ({ key, ent, name, mineral, kinds, scale, status, cap, ...extra });

export const MINES: readonly MineRow[] = [
  m('mine-ck-xiuqi', 'ent-500229-1', '城口县修齐锰矿', '锰矿', 'U', 'small', 'production', 6, { form: 'gk3-prefixed' }),
  m('mine-ck-bashan', 'ent-500229-2', '城口县巴山重晶石矿', '重晶石', 'U', 'small', 'production', 5),
  m('mine-ck-gaoyan', 'ent-500229-3', '城口县高燕锰矿', '锰矿', 'U', 'medium', 'production', 9, { form: 'gk3' }),
  m('mine-ck-miaoba', 'ent-500229-3', '城口县庙坝锰矿', '锰矿', 'U', 'small', 'construction', 4),
  m('mine-ck-mingtong', 'ent-500229-4', '城口县明通石灰岩矿', '石灰岩', 'O', 'small', 'production', 30),
  m('mine-ck-pingba', 'ent-500229-5', '城口县坪坝重晶石矿', '重晶石', 'U', 'small', 'suspended_rectification', 3, { miningTo: '2025-12-31', safetyTo: '2026-03-15' }),
  m('mine-ck-dabashan', 'ent-500229-6', '城口县大巴山锰矿', '锰矿', 'UO', 'medium', 'production', 8),
  m('mine-ps-yushan', 'ent-500243-1', '彭水县郁山重晶石矿', '重晶石', 'U', 'medium', 'production', 8, { form: 'gk3' }),
  m('mine-ps-yushan2', 'ent-500243-1', '彭水县郁山重晶石矿二矿区', '重晶石', 'U', 'small', 'production', 4),
  m('mine-ps-baojia', 'ent-500243-2', '彭水县保家石灰岩矿', '石灰岩', 'O', 'medium', 'production', 60),
  m('mine-ps-gaogu', 'ent-500243-3', '彭水县高谷重晶石矿', '重晶石', 'U', 'small', 'production', 5, { malformedLicence: true }),
  m('mine-ps-lujiao', 'ent-500243-4', '彭水县鹿角石灰岩矿', '石灰岩', 'O', 'small', 'production', 20),
  m('mine-ps-sangzhe', 'ent-500243-5', '彭水县桑柘重晶石矿', '重晶石', 'UO', 'small', 'production', 6),
  m('mine-sz-xituo', 'ent-500240-1', '石柱县西沱石灰岩矿', '石灰岩', 'O', 'medium', 'production', 80),
  m('mine-sz-wangchang', 'ent-500240-1', '石柱县王场石灰岩矿', '石灰岩', 'O', 'small', 'production', 25),
  m('mine-sz-huangshui', 'ent-500240-2', '石柱县黄水铅锌矿', '铅锌矿', 'U', 'small', 'production', 9, { form: 'gk3-prefixed' }),
  m('mine-sz-yuelai', 'ent-500240-3', '石柱县悦崃石灰岩矿', '石灰岩', 'O', 'small', 'production', 30),
  m('mine-sz-sanhe', 'ent-500240-4', '石柱县三河铅锌矿', '铅锌矿', 'U', 'small', 'construction_halted', 6),
  m('mine-ps-lianhu', 'ent-500240-4', '彭水县连湖石灰岩矿', '石灰岩', 'O', 'small', 'production', 20, { region: '500243' }),
  m('mine-sz-linxi', 'ent-500240-5', '石柱县临溪石灰岩矿', '石灰岩', 'O', 'small', 'production', 15),
  m('mine-qj-datong', 'ent-500110-1', '綦江区打通石灰岩矿', '石灰岩', 'O', 'large', 'production', 150),
  m('mine-qj-ganshui', 'ent-500110-2', '綦江区赶水页岩矿', '页岩', 'O', 'small', 'production', 12),
  m('mine-qj-shihao', 'ent-500110-3', '綦江区石壕铁矿', '铁矿', 'U', 'small', 'closed', 5, { form: 'xian80', miningTo: '2024-06-30', safetyTo: '2023-11-20' }),
  m('mine-qj-dongxi', 'ent-500110-4', '綦江区东溪石灰岩矿', '石灰岩', 'O', 'medium', 'production', 70),
  m('mine-qj-fuhuan', 'ent-500110-5', '綦江区扶欢页岩矿', '页岩', 'O', 'small', 'production', 10),
  m('mine-wl-jiangkou', 'ent-500156-1', '武隆区江口石灰岩矿', '石灰岩', 'O', 'medium', 'production', 90),
  m('mine-wl-tukan', 'ent-500156-1', '武隆区土坎石灰岩矿', '石灰岩', 'O', 'small', 'production', 30),
  m('mine-wl-baima', 'ent-500156-2', '武隆区白马石灰岩矿', '石灰岩', 'O', 'small', 'production', 20),
  m('mine-wl-yajiang', 'ent-500156-3', '武隆区鸭江石灰岩矿', '石灰岩', 'O', 'small', 'construction', 40),
  m('mine-wl-huolu', 'ent-500156-4', '武隆区火炉石灰岩矿', '石灰岩', 'O', 'small', 'production', 25),
  m('mine-wx-ningchang', 'ent-500238-1', '巫溪县宁厂硫铁矿', '硫铁矿', 'U', 'small', 'production', 10, { form: 'gk3' }),
  m('mine-wx-shanghuang', 'ent-500238-2', '巫溪县上磺石灰岩矿', '石灰岩', 'O', 'small', 'production', 20),
  m('mine-wx-jianshan', 'ent-500238-3', '巫溪县尖山硫铁矿', '硫铁矿', 'U', 'small', 'suspended_rectification', 8, { form: 'xian80' }),
  m('mine-wx-gulu', 'ent-500238-4', '巫溪县古路石灰岩矿', '石灰岩', 'O', 'small', 'production', 15),
  m('mine-fj-tuxiang', 'ent-500236-1', '奉节县吐祥硫铁矿', '硫铁矿', 'U', 'medium', 'production', 25),
  m('mine-wx-xujia', 'ent-500236-1', '巫溪县徐家硫铁矿', '硫铁矿', 'U', 'small', 'production', 10, { region: '500238' }),
  m('mine-fj-caotang', 'ent-500236-2', '奉节县草堂石灰岩矿', '石灰岩', 'O', 'medium', 'production', 60),
  m('mine-fj-kangle', 'ent-500236-3', '奉节县康乐石灰岩矿', '石灰岩', 'O', 'small', 'production', 30),
  m('mine-fj-zhuyuan', 'ent-500236-4', '奉节县竹园硫铁矿', '硫铁矿', 'UO', 'small', 'production', 12),
];

export interface TailingsRow {
  key: string;
  serves: string;
  name: string;
  // Grades follow 尾矿库安全规程 (GB 39496-2020) by total capacity and dam height: 五等 < 100万m³ and
  // < 30 m, 四等 100–1000万m³ or 30–60 m, 三等 1000–10000万m³ or 60–100 m. Chongqing's are small.
  grade: TailingsGrade;
  damHeight: number;
  capacity: number;
  headOver: boolean;
  status?: MineStatus;
}

export const TAILINGS: readonly TailingsRow[] = [
  { key: 'tp-ck-lanfeng', serves: 'mine-ck-xiuqi', name: '城口县岚峰锰业修齐尾矿库', grade: '四等', damHeight: 42, capacity: 180, headOver: true },
  { key: 'tp-ck-gaoyan', serves: 'mine-ck-gaoyan', name: '城口县高燕锰矿尾矿库', grade: '五等', damHeight: 26, capacity: 65, headOver: false },
  { key: 'tp-ps-yushan', serves: 'mine-ps-yushan', name: '彭水县郁山重晶石矿尾矿库', grade: '四等', damHeight: 36, capacity: 120, headOver: false },
  { key: 'tp-sz-huangshui', serves: 'mine-sz-huangshui', name: '石柱县银岭铅锌黄水尾矿库', grade: '三等', damHeight: 64, capacity: 1150, headOver: true },
  { key: 'tp-sz-sanhe', serves: 'mine-sz-sanhe', name: '石柱县三河铅锌矿尾矿库', grade: '五等', damHeight: 18, capacity: 40, headOver: false, status: 'construction_halted' },
  { key: 'tp-wx-ningchang', serves: 'mine-wx-ningchang', name: '巫溪县宁厂硫铁矿尾矿库', grade: '五等', damHeight: 24, capacity: 55, headOver: false },
  { key: 'tp-fj-tuxiang', serves: 'mine-fj-tuxiang', name: '奉节县吐祥硫铁矿尾矿库', grade: '四等', damHeight: 48, capacity: 260, headOver: false },
];
