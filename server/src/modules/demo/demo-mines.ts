// Supervised objects (mines and tailings ponds) from the tables, with generated places and licences.
import type { Rng } from './demo-rng';
import { besideMine, boundary, elevationRange, licenceRing, placeMine } from './demo-places';
import { ENTERPRISES } from './demo-table-enterprises';
import { MINES, TAILINGS, type MineRow } from './demo-table-mines';
import type { Complexity, DemoMine, Licence, MineKind, RestructuringCategory } from './demo-types';
import { miningLicence, safetyLicence } from './demo-licences';

const KINDS: Record<MineRow['kinds'], MineKind[]> = { U: ['underground'], O: ['open_pit'], UO: ['underground', 'open_pit'] };
const NOTICE_DATE = '2025-04-02'; // 渝安办〔2025〕13号: monthly self-inspection obligation starts

export function buildMines(rng: Rng): DemoMine[] {
  const used: [number, number][] = [];
  const licenceSerials = new Set<string>();
  const safetySerials = new Set<string>();
  const mines: DemoMine[] = [];
  for (const row of MINES) {
    const enterprise = ENTERPRISES.find((x) => x.key === row.ent);
    if (!enterprise) throw new Error(`演示数据：矿山 ${row.key} 的企业 ${row.ent} 不存在`);
    const regionCode = row.region ?? enterprise.region;
    const location = placeMine(regionCode, used, rng);
    const underground = row.kinds !== 'O';
    const mining = miningLicence(rng, regionCode, row.scale, licenceSerials, row.miningTo, row.malformedLicence);
    const safety: Licence | null = row.status === 'construction' ? null : safetyLicence(rng, safetySerials, row.safetyTo);
    mines.push({
      key: row.key,
      enterpriseKey: row.ent,
      regionCode,
      name: row.name,
      kinds: KINDS[row.kinds],
      servesMineKey: null,
      tailings: null,
      mineral: row.mineral,
      scale: row.scale,
      status: row.status,
      location,
      boundary: boundary(row.form ?? 'geo', licenceRing(location, rng)),
      elevation: elevationRange(rng, regionCode, underground),
      miningLicence: mining,
      safetyLicence: safety,
      designCapacity: row.cap,
      independentSystems: underground ? (row.kinds === 'U' && row.scale !== 'small' ? 2 : 1) : null,
      hydroComplexity: complexity(rng),
      geoComplexity: complexity(rng),
      // two underground mines without 人员定位 so the gap shows up in checks
      positioningInstalled: underground && row.status !== 'construction' && row.key !== 'mine-ck-pingba',
      restructuringCategory: category(row),
      selfInspectionObligedFrom: mining.validFrom > NOTICE_DATE ? mining.validFrom : NOTICE_DATE,
    });
  }
  for (const t of TAILINGS) {
    const served = mines.find((x) => x.key === t.serves);
    if (!served) throw new Error(`演示数据：尾矿库 ${t.key} 服务的矿山 ${t.serves} 不存在`);
    mines.push({
      ...served,
      key: t.key,
      name: t.name,
      kinds: ['tailings_pond'],
      servesMineKey: served.key,
      tailings: { grade: t.grade, damHeight: t.damHeight, capacity: t.capacity, headOver: t.headOver },
      scale: 'small',
      status: t.status ?? 'production',
      location: besideMine(served.regionCode, served.location, used, rng),
      boundary: null,
      elevation: null,
      miningLicence: null, // tailings ponds hold no mining right, only a safety licence
      safetyLicence: safetyLicence(rng, safetySerials),
      designCapacity: null,
      independentSystems: null,
      hydroComplexity: null,
      geoComplexity: null,
      positioningInstalled: false,
      restructuringCategory: t.status === 'construction_halted' ? '整合重组一批' : '达标保留一批',
    });
  }
  return mines;
}

function complexity(rng: Rng): Complexity {
  const r = rng();
  return r < 0.45 ? 'simple' : r < 0.85 ? 'medium' : 'complex';
}

// 四个一批 follows the mine's situation; the category names themselves are configurable elsewhere.
function category(row: MineRow): RestructuringCategory {
  if (row.status === 'closed') return '关闭退出一批';
  if (row.status === 'suspended_rectification' || row.status === 'construction_halted') return '整合重组一批';
  if (row.kinds !== 'O' && row.scale === 'small') return '改造升级一批';
  return '达标保留一批';
}
