/**
 * Pure generators for bench/seed.ts: a seeded random source, Chinese names and descriptions, and one hazard's
 * whole lifecycle (row, timeline, listing, extension) consistent with hazards.transitions.ts.
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { creditCodeCheckChar } from '@contracts/codes';

export const BENCH_PASSWORD = 'Bench@2026pw';
export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/mine_bench';

/** mulberry32: fast, seedable, good enough for synthetic data. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 统一社会信用代码: 9 (工商) 1 (企业) + the district's code + 9 characters + the GB 32100 check character. */
export function creditCode(r: Rng, regionCode: string): string {
  let body = `91${regionCode}`;
  while (body.length < 17) body += CREDIT_ALPHABET[r.int(0, CREDIT_ALPHABET.length - 1)];
  return body + creditCodeCheckChar(body);
}

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈'.split('');
const GIVEN = '建国华明军平伟强磊洋勇杰涛斌超波辉刚健俊峰红霞丽敏静燕芳娟英'.split('');
export const personName = (r: Rng) => r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.6) ? r.pick(GIVEN) : '');

const FIRM_WORDS = ['鑫源', '宏达', '金鼎', '华兴', '长江', '三峡', '渝东', '川东', '永盛', '恒通', '瑞丰', '天府', '腾达', '大兴', '新桥', '凯旋', '青山', '龙泉', '石门', '金沙'];
const MINERALS = ['石灰岩', '页岩', '砂岩', '铝土矿', '锰矿', '铅锌矿', '萤石', '重晶石', '石膏', '岩盐', '硫铁矿', '建筑石料用灰岩', '水泥用灰岩', '锶矿'];
export const enterpriseName = (r: Rng, district: string, n: number) =>
  `重庆${district.replace(/(土家族苗族自治县|苗族土家族自治县|土家族自治县|自治县|区|县)$/, '')}${r.pick(FIRM_WORDS)}${r.pick(['矿业', '建材', '石业', '矿产品'])}有限公司${n % 7 === 0 ? `（${n}）` : ''}`;
export const mineral = (r: Rng) => r.pick(MINERALS);

// Places (部位) by mine kind: the words a regulator would type into the keyword box.
const PLACES = {
  underground: ['-120m中段', '-180m中段', '-240m中段', '+350m平硐', '主井井口', '副井', '斜坡道', '3#采场', '5#采场', '主泵房', '中央变电所', '井下炸药库', '回风井', '提升机房', '主溜井', '盲斜井', '采空区边界'],
  open_pit: ['+420m台阶', '+450m台阶', '西帮边坡', '东帮边坡', '破碎站', '运输道路', '排土场', '爆破作业区', '铲装平台', '截水沟', '开采境界'],
  tailings_pond: ['初期坝', '堆积坝坝顶', '排洪隧洞', '排水井', '库尾', '干滩', '浸润线观测孔', '回水泵站', '坝坡', '在线监测站'],
} as const;
const DETAILS = ['现场检查发现', '经查', '自查发现', '职工反映', '复查时发现', '夜班巡查发现', '汛前检查发现', '专家会诊指出'];
const GENERAL = [
  '消防器材过期未更换', '电缆吊挂不规范', '安全警示标志缺失', '巷道局部积水', '护栏缺损未修复', '照明不足', '通风构筑物漏风',
  '作业人员未正确佩戴安全帽', '设备防护罩缺失', '安全检查记录不完整', '应急物资储备不足', '风筒破损漏风', '避灾路线标识不清',
  '爆破警戒范围不足', '边坡浮石未清理', '排水沟淤堵', '坝面冲沟未修复', '监测设施损坏', '特种作业人员证件过期', '设备带病运行',
];
export type MineKind = keyof typeof PLACES;

interface Criterion { code: string; mineType: MineKind; title: string; situations?: { code: string; text: string }[] }
export interface StandardItem { item: string; situation: string | null; text: string }
/** The standard's items (and situations) per mine kind, from reference-data/major-hazard-criteria.json. */
export function loadCriteria(): { version: string; byKind: Record<MineKind, StandardItem[]> } {
  const d = JSON.parse(fs.readFileSync(new URL('../reference-data/major-hazard-criteria.json', import.meta.url), 'utf8')) as { standard: string; items: Criterion[] };
  const byKind = { underground: [], open_pit: [], tailings_pond: [] } as Record<MineKind, StandardItem[]>;
  for (const c of d.items) {
    if (c.situations?.length) for (const s of c.situations) byKind[c.mineType].push({ item: c.code, situation: s.code, text: `${c.title}：${s.text}` });
    else byKind[c.mineType].push({ item: c.code, situation: null, text: c.title });
  }
  return { version: '矿安〔2022〕88号', byKind };
}

export interface MineRef { id: string; enterpriseId: string; regionCode: string; kind: MineKind; enterpriseName: string }
export interface HazardRow {
  id: string; mine_id: string; enterprise_id: string; region_code: string; source: string; grade: string;
  standard_item_code: string | null; standard_situation_code: string | null; standard_version: string | null;
  description: string; place_text: string; found_at: Date; found_by: string; registered_at: Date; status: string;
  deadline: string | null; stop_production: boolean; workers_withdrawn: boolean; plan_goal: string | null; plan_measures: string | null;
  plan_funds_materials: string | null; plan_responsible_people: string | null; plan_deadline: string | null; interim_measures: string | null;
  plan_submitted_at: Date | null; rejection_reason: string | null; return_reason: string | null; closed_at: Date | null; version: number;
}
export interface EventRow { hazard_id: string; seq: number; action: string; from_status: string | null; to_status: string; note: string | null; payload: string | null; at: Date }
export interface ListingDraft { hazardId: string; regionCode: string; byCity: boolean; status: string; listedAt: Date; deadline: string; delistedAt: Date | null; responsibleUnit: string }
export interface ExtensionRow { hazard_id: string; requested_deadline: string; previous_deadline: string; reason: string; status: string; requested_at: Date; decided_at: Date | null; decision_note: string | null }

const DAY = 86_400_000;
const SHANGHAI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
export const shanghaiDay = (d: Date) => SHANGHAI.format(d);

/**
 * One hazard and its history. The state is drawn first, then a chain of dates that fits before `now`:
 * found ≤ registered ≤ (confirmed) ≤ plan ≤ self-accepted ≤ accepted ≤ closed. Open hazards are recent,
 * so some are inside their deadline and some past it (overdue); closed ones spread over three years.
 */
export function hazardLife(r: Rng, m: MineRef, items: StandardItem[], version: string, now: number) {
  const major = r.chance(0.12);
  const u = r.next();
  // status mix: closed 62%, in_rectification 22%, reported 6%, awaiting_acceptance 7% (major), awaiting_delisting (listed major)
  let status = u < 0.62 ? 'closed' : u < 0.84 ? 'in_rectification' : u < 0.9 ? 'reported' : 'awaiting_acceptance';
  if (!major && status === 'awaiting_acceptance') status = 'in_rectification';
  const regulatorFound = r.chance(major ? 0.35 : 0.2);
  if (regulatorFound && status === 'reported') status = 'in_rectification'; // regulator-found hazards start in rectification
  const listed = major && status !== 'reported' && r.chance(0.3);
  if (listed && status === 'awaiting_acceptance' && r.chance(0.3)) status = 'awaiting_delisting';
  const rejected = major && !regulatorFound && status !== 'reported' && r.chance(0.08) && !listed; // 不予认定 → general
  if (rejected && status !== 'closed') status = 'in_rectification';

  const std = r.pick(items);
  const place = r.pick(PLACES[m.kind]);
  const description = major || r.chance(0.35)
    ? `${r.pick(DETAILS)}${place}${std.text}${r.chance(0.3) ? `，涉及${m.enterpriseName.slice(2, 6)}作业区` : ''}`
    : `${place}${r.pick(GENERAL)}${r.chance(0.4) ? `，${r.pick(GENERAL)}` : ''}`;
  const useStd = major || description.includes(std.text);

  const open = status !== 'closed';
  const span = (open ? r.int(0, 100) : r.int(30, 1100)) * DAY + r.int(0, DAY);
  const found = new Date(now - span);
  const at = (t: Date, minH: number, maxH: number) => new Date(Math.min(now - 60_000, t.getTime() + r.int(minH * 60, maxH * 60) * 60_000));
  const registered = at(found, 0, 30);
  const deadlineDays = major ? r.int(20, 90) : r.int(5, 30);
  let deadline: string | null = null;
  const ev: Omit<EventRow, 'hazard_id'>[] = [];
  const push = (action: string, from: string | null, to: string, t: Date, note: string | null = null, payload: unknown = null) =>
    ev.push({ seq: ev.length + 1, action, from_status: from, to_status: to, note, payload: payload ? JSON.stringify(payload) : null, at: t });

  let t = registered;
  const h: HazardRow = {
    id: randomUUID(), mine_id: m.id, enterprise_id: m.enterpriseId, region_code: m.regionCode,
    source: regulatorFound ? 'regulator_inspection' : r.chance(0.9) ? 'enterprise_self_inspection' : 'employee_report',
    grade: major && !rejected ? 'major' : 'general', standard_item_code: useStd ? std.item : null,
    standard_situation_code: useStd ? std.situation : null, standard_version: useStd ? version : null, description, place_text: place,
    found_at: found, found_by: `${regulatorFound ? '执法人员' : '安全员'} ${personName(r)}`, registered_at: registered, status,
    deadline: null, stop_production: major && r.chance(0.4), workers_withdrawn: major && r.chance(0.3), plan_goal: null, plan_measures: null,
    plan_funds_materials: null, plan_responsible_people: null, plan_deadline: null, interim_measures: null, plan_submitted_at: null,
    rejection_reason: null, return_reason: null, closed_at: null, version: 1,
  };
  let listing: ListingDraft | null = null;
  let extension: ExtensionRow | null = null;
  const done = () => { h.version = ev.length; return { h, ev, listing, extension }; }; // each accepted step bumped the version

  if (regulatorFound) {
    deadline = shanghaiDay(new Date(registered.getTime() + deadlineDays * DAY));
    push('create', null, 'in_rectification', registered);
  } else {
    push('create', null, 'reported', registered);
    if (status !== 'reported') {
      t = at(t, 2, 72);
      if (major && !rejected) {
        deadline = shanghaiDay(new Date(t.getTime() + deadlineDays * DAY));
        push('confirm', 'reported', 'in_rectification', t, null, { deadline });
      } else if (rejected) {
        h.rejection_reason = '经现场核实不符合判定标准情形，按一般隐患整改';
        push('reject_as_general', 'reported', 'in_rectification', t, h.rejection_reason);
      }
    }
  }
  h.deadline = deadline;
  if (status === 'reported') return done();

  // 整改方案 (五定): majors submit one before self-acceptance; generals mostly describe their measures.
  const planned = h.grade === 'major' ? status !== 'in_rectification' || r.chance(0.7) : r.chance(0.8);
  if (planned || (h.grade === 'general' && ev.at(-1)!.to_status === 'reported')) {
    t = at(t, 4, 96);
    const from = ev.at(-1)!.to_status;
    h.plan_measures = `对${place}${h.grade === 'major' ? '按设计整改' : '立即整改'}，${r.pick(['更换设备', '补充支护', '增设防护设施', '完善监测', '清理疏通', '修订制度并培训'])}`;
    if (h.grade === 'major') {
      h.plan_goal = `消除${std.text.slice(0, 20)}隐患`;
      h.plan_funds_materials = `${r.int(2, 80)}万元`;
      h.plan_responsible_people = `${r.pick(['矿长', '安全副矿长', '机电副矿长', '总工程师'])} ${personName(r)}`;
      h.plan_deadline = deadline;
      h.interim_measures = r.pick(['加强巡查监测，设置警戒', '撤出危险区域作业人员', '限制作业范围，专人盯守']);
    }
    h.plan_submitted_at = t;
    push('submit_plan', from, 'in_rectification', t, null);
  }
  if (listed) {
    t = at(t, 24, 240);
    listing = { hazardId: h.id, regionCode: m.regionCode, byCity: r.chance(0.2), status: 'active', listedAt: t, deadline: deadline!,
      delistedAt: null, responsibleUnit: m.enterpriseName };
    push('list', 'in_rectification', 'in_rectification', t, '请按期完成整改并报送整改情况', { deadline });
  }
  if (status === 'in_rectification' && r.chance(0.5)) push('progress', 'in_rectification', 'in_rectification', (t = at(t, 24, 400)), '整改进行中，已完成部分措施');
  if (deadline && status !== 'reported' && r.chance(0.08)) {
    const requested = shanghaiDay(new Date(Date.parse(deadline) + r.int(10, 30) * DAY));
    const req = at(t, 24, 200);
    const pending = status === 'in_rectification' && r.chance(0.5);
    const approve = !pending && r.chance(0.7);
    extension = { hazard_id: h.id, requested_deadline: requested, previous_deadline: deadline, reason: '设备采购周期长，申请延期',
      status: pending ? 'pending' : approve ? 'approved' : 'rejected', requested_at: req, decided_at: pending ? null : at(req, 4, 72),
      decision_note: pending ? null : approve ? '同意延期' : '不同意延期，按原期限整改' };
    push('extension_request', 'in_rectification', 'in_rectification', req, extension.reason, { requestedDeadline: requested });
    t = req;
    if (!pending) {
      t = extension.decided_at!;
      push(approve ? 'extension_approve' : 'extension_reject', 'in_rectification', 'in_rectification', t, extension.decision_note, { requestedDeadline: requested });
      if (approve) { h.deadline = requested; if (listing) listing.deadline = requested; }
    }
  }
  if (status === 'in_rectification') return done();

  if (h.grade === 'general') {
    h.closed_at = at(t, 24, 480);
    push('close_general', 'in_rectification', 'closed', h.closed_at, '已整改完毕');
    return done();
  }
  t = at(t, 48, 600);
  push('self_accept', 'in_rectification', 'awaiting_acceptance', t, '企业自验合格');
  if (r.chance(0.1) && status !== 'awaiting_acceptance') { // one failed acceptance, then fixed
    t = at(t, 24, 120);
    h.return_reason = '现场验收不合格：整改措施未全部落实';
    push('accept_fail', 'awaiting_acceptance', 'in_rectification', t, h.return_reason);
    t = at(t, 48, 240);
    push('self_accept', 'in_rectification', 'awaiting_acceptance', t, '再次自验合格');
  }
  if (status === 'awaiting_acceptance') return done();
  t = at(t, 24, 240);
  if (listing) {
    push('accept_pass', 'awaiting_acceptance', 'awaiting_delisting', t, '验收通过');
    listing.status = 'awaiting_delisting';
    if (status === 'awaiting_delisting') return done();
    t = at(t, 24, 240);
    push('delist', 'awaiting_delisting', 'closed', t, '现场核查整改到位，予以摘牌');
    listing.status = 'delisted';
    listing.delistedAt = t;
  } else {
    push('accept_pass', 'awaiting_acceptance', 'closed', t, '验收通过');
  }
  h.closed_at = t;
  return done();
}
