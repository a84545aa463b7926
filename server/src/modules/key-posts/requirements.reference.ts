import { sql } from 'drizzle-orm';
import type { QualificationRule } from '@contracts/key-posts';
import type { PositionCode } from '@contracts/people';
import type { Executor } from '../../platform/db/client';
import { positionRequirements } from '../../platform/db/schema';

/**
 * 关键岗位配备要求 as first seeded (REFERENCE.md §7, notice §7). The required set follows the reference; every
 * qualification detail (majors, education, title, years) is this product's reading, not a quoted rule, so every
 * row is labelled unconfirmed (待核对) and an administrator edits it (PUT /api/position-requirements/:id).
 */
interface Seed {
  mineKind: 'underground' | 'open_pit' | 'tailings_pond';
  position: PositionCode;
  count?: number;
  perSystem?: boolean;
  fiveDuties?: boolean;
  condition?: 'hydro_medium_or_complex';
  qualification: QualificationRule;
  note: string;
}

const MINING_MAJORS = ['采矿', '矿业', '矿山', '地质', '测量', '测绘', '机电', '机械', '电气', '安全', '选矿', '水文', '岩土'];
const SENIOR: QualificationRule = { majors: MINING_MAJORS, minEducation: '大专', titles: ['工程师'], minYears: 3, fullTime: true };
const TECH = (majors: string[]): QualificationRule => ({ majors, minEducation: '中专', titles: ['工程师', '技术员'], fullTime: true });
const FIVE_NOTE = '五职矿长：专职，具有矿山相关专业学历或职称，每个独立生产系统一套。学历（大专及以上）或职称（工程师及以上）二者满足其一、从业年限3年为本系统的设定，待核对。';
const TECH_NOTE = '专业技术人员：专业对口、专职。学历（中专及以上）或职称满足其一为本系统的设定，待核对。';

const underground: Seed[] = [
  ...(['mine_manager', 'chief_engineer', 'safety_deputy', 'production_deputy', 'mechanical_deputy'] as const).map((position): Seed => ({
    mineKind: 'underground', position, perSystem: true, fiveDuties: true, qualification: SENIOR, note: FIVE_NOTE,
  })),
  { mineKind: 'underground', position: 'mining_technician', qualification: TECH(['采矿', '矿业', '矿山']), note: TECH_NOTE },
  { mineKind: 'underground', position: 'geology_technician', qualification: TECH(['地质', '水文', '岩土']), note: TECH_NOTE },
  { mineKind: 'underground', position: 'survey_technician', qualification: TECH(['测量', '测绘', '地理信息']), note: TECH_NOTE },
  { mineKind: 'underground', position: 'mechanical_technician', qualification: TECH(['机电', '机械', '电气', '自动化']), note: TECH_NOTE },
  { mineKind: 'underground', position: 'hydro_technician', condition: 'hydro_medium_or_complex',
    qualification: TECH(['水文', '地质', '防治水']), note: `水文地质类型为中等或复杂的地下矿山配备。${TECH_NOTE}` },
];

const openPit: Seed[] = [
  { mineKind: 'open_pit', position: 'mine_manager', qualification: SENIOR, note: '露天矿山矿长：专职、矿山相关专业。学历、职称、年限要求为本系统的设定，待核对。' },
  { mineKind: 'open_pit', position: 'chief_engineer', qualification: SENIOR, note: '露天矿山总工程师：专职、矿山相关专业。学历、职称、年限要求为本系统的设定，待核对。' },
  { mineKind: 'open_pit', position: 'mining_technician', qualification: TECH(['采矿', '矿业', '矿山']), note: `“相应的专业技术人员”的具体专业为本系统的理解。${TECH_NOTE}` },
  { mineKind: 'open_pit', position: 'geology_technician', qualification: TECH(['地质', '水文', '岩土']), note: `“相应的专业技术人员”的具体专业为本系统的理解。${TECH_NOTE}` },
  { mineKind: 'open_pit', position: 'survey_technician', qualification: TECH(['测量', '测绘', '地理信息']), note: `“相应的专业技术人员”的具体专业为本系统的理解。${TECH_NOTE}` },
  { mineKind: 'open_pit', position: 'mechanical_technician', qualification: TECH(['机电', '机械', '电气', '自动化']), note: `“相应的专业技术人员”的具体专业为本系统的理解。${TECH_NOTE}` },
];

const tailings: Seed[] = [
  { mineKind: 'tailings_pond', position: 'safety_manager', qualification: { majors: MINING_MAJORS.concat(['水利', '土木']), minEducation: '中专', titles: ['工程师'], fullTime: true },
    note: '尾矿库专职安全管理人员。人数（1人）和资格要求为本系统的设定，待核对。' },
  { mineKind: 'tailings_pond', position: 'tailings_technician', qualification: TECH(['水利', '水工', '岩土', '土木', '地质', '采矿', '选矿']),
    note: `尾矿库专业技术人员（水利、岩土等）。人数（1人）为本系统的设定。${TECH_NOTE}` },
  { mineKind: 'tailings_pond', position: 'special_operator', qualification: { fullTime: true },
    note: '尾矿作业特种作业人员（须持特种作业操作证，证书另行核查）。人数（1人）为本系统的设定，待核对。' },
];

export const REQUIREMENT_SEEDS: Seed[] = [...underground, ...openPit, ...tailings];

/** A vacancy of these kinds can be registered as a major hazard under this standard item (open-pit: none). */
export const HAZARD_ITEM_BY_KIND: Record<string, string | null> = { underground: 'UG-32', open_pit: null, tailings_pond: 'TP-19' };

/** Idempotent: seeds the rows only when the table is empty (an administrator's edits are never overwritten). */
export async function loadReferenceRequirements(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(positionRequirements);
  if ((row?.n ?? 0) > 0) return 0;
  await db.insert(positionRequirements).values(REQUIREMENT_SEEDS.map((s, i) => ({
    mineKind: s.mineKind, position: s.position, count: s.count ?? 1, perSystem: s.perSystem ?? false, fiveDuties: s.fiveDuties ?? false,
    condition: s.condition ?? null, qualification: s.qualification, hazardItemCode: HAZARD_ITEM_BY_KIND[s.mineKind] ?? null,
    unconfirmed: true, note: s.note, sort: (i + 1) * 10,
  }))).onConflictDoNothing();
  return REQUIREMENT_SEEDS.length;
}
