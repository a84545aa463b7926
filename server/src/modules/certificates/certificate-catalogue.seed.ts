import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { certificateTypes } from '../../platform/db/schema';

/**
 * The 2010 特种作业目录 (原国家安全生产监督管理总局令第30号《特种作业人员安全技术培训考核管理规定》, 2010-07-01) as far as
 * metal/non-metal mines need it (REFERENCE.md §7): the 金属非金属矿山安全作业 items and the 电工, 焊接与热切割 and
 * 高处作业 items mines also need. Valid 6 years, reviewed every 3 years, every 6 after the 10-clean-years extension.
 * Labelled 待核对: 应急管理部令第19号 and the new catalogue 应急〔2026〕45号 took effect 2026-06-01 and may change
 * categories and periods — an administrator adds the new entries with their effective dates.
 */
const SOURCE = '原国家安全生产监督管理总局令第30号（2010-07-01施行）附件《特种作业目录》；待核对：应急管理部令第19号、应急〔2026〕45号自2026-06-01施行，类别和期限可能已调整';
const MINE = '金属非金属矿山安全作业';
export const SEED_CERTIFICATE_TYPES: { code: string; name: string; category: string }[] = [
  { code: '8.1', name: '金属非金属矿井通风作业', category: MINE },
  { code: '8.2', name: '尾矿作业', category: MINE },
  { code: '8.3', name: '金属非金属矿山安全检查作业', category: MINE },
  { code: '8.4', name: '金属非金属矿山提升机操作作业', category: MINE },
  { code: '8.5', name: '金属非金属矿山支柱作业', category: MINE },
  { code: '8.6', name: '金属非金属矿山井下电气作业', category: MINE },
  { code: '8.7', name: '金属非金属矿山排水作业', category: MINE },
  { code: '8.8', name: '金属非金属矿山爆破作业', category: MINE },
  { code: '1.1', name: '高压电工作业', category: '电工作业' },
  { code: '1.2', name: '低压电工作业', category: '电工作业' },
  { code: '1.3', name: '防爆电气作业', category: '电工作业' },
  { code: '2.1', name: '熔化焊接与热切割作业', category: '焊接与热切割作业' },
  { code: '2.2', name: '压力焊作业', category: '焊接与热切割作业' },
  { code: '2.3', name: '钎焊作业', category: '焊接与热切割作业' },
  { code: '3.1', name: '登高架设作业', category: '高处作业' },
  { code: '3.2', name: '高处安装、维护、拆除作业', category: '高处作业' },
];

/** Seeds the catalogue when it is empty (an administrator's edits are never overwritten); returns how many were added. */
export async function loadCertificateCatalogue(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(certificateTypes);
  if (Number(row?.n ?? 0) > 0) return 0;
  const values = SEED_CERTIFICATE_TYPES.map((t) => ({
    ...t, validYears: 6, reviewYears: 3, extendedReviewYears: 6, effectiveFrom: '2010-07-01', effectiveTo: null, source: SOURCE, unconfirmed: true,
  }));
  const added = await db.insert(certificateTypes).values(values).onConflictDoNothing().returning({ id: certificateTypes.id });
  return added.length;
}
