// Name pools and per-district facts for the demo data. All companies, mines and people are
// fictional; towns are real so addresses read naturally to Chongqing users.
import { int, pick, type Rng } from './demo-rng';

export interface DemoDistrict {
  code: string;
  /** short form used in names (城口县, 彭水县 …) */
  short: string;
  /** official GB/T 2260 name, used in addresses */
  full: string;
  towns: readonly string[];
  /** plausible mining elevations (m) – 城口/巫溪 sit in the 大巴山, 綦江 in low hills */
  elevation: readonly [number, number];
}

export const DEMO_DISTRICTS: readonly DemoDistrict[] = [
  { code: '500229', short: '城口县', full: '城口县', towns: ['葛城街道', '修齐镇', '高观镇', '明通镇', '庙坝镇', '巴山镇', '坪坝镇', '高燕镇'], elevation: [800, 1850] },
  { code: '500243', short: '彭水县', full: '彭水苗族土家族自治县', towns: ['汉葭街道', '保家镇', '郁山镇', '高谷镇', '桑柘镇', '鹿角镇', '连湖镇'], elevation: [350, 1300] },
  { code: '500240', short: '石柱县', full: '石柱土家族自治县', towns: ['南宾街道', '西沱镇', '悦崃镇', '临溪镇', '黄水镇', '王场镇', '三河镇'], elevation: [400, 1500] },
  { code: '500238', short: '巫溪县', full: '巫溪县', towns: ['柏杨街道', '宁厂镇', '上磺镇', '尖山镇', '古路镇', '徐家镇'], elevation: [600, 1800] },
  { code: '500236', short: '奉节县', full: '奉节县', towns: ['永安街道', '吐祥镇', '草堂镇', '康乐镇', '竹园镇', '兴隆镇'], elevation: [500, 1600] },
  { code: '500156', short: '武隆区', full: '武隆区', towns: ['凤山街道', '江口镇', '白马镇', '鸭江镇', '火炉镇', '土坎镇'], elevation: [300, 1300] },
  { code: '500110', short: '綦江区', full: '綦江区', towns: ['古南街道', '打通镇', '赶水镇', '石壕镇', '东溪镇', '扶欢镇'], elevation: [250, 1000] },
];

export function district(code: string): DemoDistrict {
  const d = DEMO_DISTRICTS.find((x) => x.code === code);
  if (!d) throw new Error(`演示数据：未定义区县 ${code}`);
  return d;
}

const VILLAGES = ['青龙', '石门', '新华', '长岭', '柏林', '双河', '大坪', '红岩', '金竹', '观音', '团结', '向阳', '白果', '杉树', '龙泉', '黄莲'];

export function ruralAddress(rng: Rng, d: DemoDistrict, town: string): string {
  return `重庆市${d.full}${town}${pick(rng, VILLAGES)}村${int(rng, 1, 9)}组`;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '冉', '谭', '向', '秦', '彭', '罗', '何', '邓', '熊', '田', '龚', '蒋'];
const GIVEN_MALE = ['伟', '强', '军', '勇', '涛', '斌', '明', '华', '建', '国', '平', '刚', '志', '文', '德', '林', '海', '波', '成', '忠', '兵', '云', '峰', '春'];
const GIVEN_FEMALE = ['芳', '丽', '敏', '静', '燕', '霞', '娟', '琴', '英', '玲', '红', '梅', '兰', '萍', '莉', '琳'];

export function personName(rng: Rng, gender: 'M' | 'F'): string {
  const pool = gender === 'M' ? GIVEN_MALE : GIVEN_FEMALE;
  const first = pick(rng, pool);
  let given = first;
  if (rng() < 0.6) {
    const second = pick(rng, pool);
    given += second === first ? pick(rng, pool.filter((c) => c !== first)) : second; // avoid 建建
  }
  return pick(rng, SURNAMES) + given;
}

// Mainland mobile numbers: 1 + a carrier prefix in use + 8 digits.
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '158', '159', '166', '173', '177', '180', '182', '183', '185', '186', '187', '188', '189', '191', '199'];

export function mobile(rng: Rng): string {
  let rest = '';
  for (let i = 0; i < 8; i++) rest += String(Math.floor(rng() * 10));
  return pick(rng, MOBILE_PREFIXES) + rest;
}

export const TECH_MAJORS = ['采矿工程', '地质工程', '安全工程', '矿物加工工程', '测绘工程', '水文与水资源工程', '矿山机电'];
export const MANAGEMENT_MAJORS = ['工商管理', '会计学', '采矿工程', '法学', '市场营销', '经济学'];
