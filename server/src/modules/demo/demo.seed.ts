import { sql } from 'drizzle-orm';
import type { Platform } from '../../platform/context';
import { writeTx } from '../../platform/context';
import { queryRows, type Tx } from '../../platform/db/client';
import { agencies, enterprises, people, positions, users } from '../../platform/db/schema';
import { hashPassword } from '../../platform/auth/password';
import { sealIdNumber, sealPhone } from '../../platform/crypto/pii';
import { toGeographic } from '../../platform/geo/crs';
import { toMultiPolygonWkt } from '../../platform/geo/polygon';
import { insertMine } from '../mines/mines.repository';
import { buildDemoDataset } from './demo-dataset';
import type { DemoDataset, DemoMine } from './demo-types';
import { seedDemoHazards } from './demo-hazards';

export const DEMO_PASSWORD = 'Demo@2025';

/** Demo data goes only into an empty database, never in production mode (config refuses it there). */
export async function seedIfEmpty(p: Platform) {
  if (p.config.production) throw new Error('生产模式不允许写入演示数据');
  const [row] = await queryRows<{ n: number }>(p.database.db, sql`SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM enterprises) AS n`);
  if (Number(row?.n ?? 0) > 0) return null;
  const counts = await seedDemo(p, buildDemoDataset());
  return { ...counts, hazards: await seedDemoHazards(p) };
}

export async function seedDemo(p: Platform, d: DemoDataset) {
  const hash = await hashPassword(DEMO_PASSWORD);
  return writeTx(p, { requestId: 'seed-demo', ip: '127.0.0.1', actor: null }, async (tx, audit) => {
    const ids = new Map<string, string>();
    for (const a of d.agencies) {
      const [r] = await tx.insert(agencies).values({ name: a.name, kind: a.kind, tier: a.tier, regionCode: a.regionCode }).returning({ id: agencies.id });
      ids.set(`agency:${a.key}`, r!.id);
    }
    // Parents first: an enterprise's parent must exist before it.
    const ordered = [...d.enterprises].sort((x, y) => Number(x.parentKey !== null) - Number(y.parentKey !== null));
    for (const e of ordered) {
      const phone = sealPhone(p, e.contactPhone);
      const [r] = await tx.insert(enterprises).values({
        name: e.name, creditCode: e.creditCode, regionCode: e.regionCode, address: e.address, legalRepresentative: e.legalRepresentative,
        contactName: e.contactName, contactPhoneEnc: phone.enc, contactPhoneBidx: phone.bidx, contactPhoneMasked: phone.masked,
        parentId: e.parentKey ? ids.get(`ent:${e.parentKey}`)! : null,
      }).returning({ id: enterprises.id });
      ids.set(`ent:${e.key}`, r!.id);
    }
    const minesFirst = [...d.mines].sort((x, y) => Number(x.servesMineKey !== null) - Number(y.servesMineKey !== null));
    for (const m of minesFirst) ids.set(`mine:${m.key}`, await insertDemoMine(tx, m, ids));
    for (const person of d.people) {
      const id = sealIdNumber(p, 'resident_id', person.idNumber);
      const ph = sealPhone(p, person.phone);
      const [r] = await tx.insert(people).values({
        name: person.name, idDocType: 'resident_id', idNumberEnc: id.enc, idNumberBidx: id.bidx, idNumberMasked: id.masked,
        phoneEnc: ph.enc, phoneBidx: ph.bidx, phoneMasked: ph.masked, education: person.education, major: person.major, title: person.title,
        ownerEnterpriseId: ids.get(`ent:${person.ownerEnterpriseKey}`) ?? null,
      }).returning({ id: people.id });
      ids.set(`person:${person.key}`, r!.id);
    }
    for (const pos of d.positions) {
      await tx.insert(positions).values({
        personId: ids.get(`person:${pos.personKey}`)!, enterpriseId: ids.get(`ent:${pos.enterpriseKey}`)!,
        mineId: pos.orgType === 'mine' ? ids.get(`mine:${pos.orgKey}`)! : null, position: pos.position,
        startDate: pos.startDate, endDate: pos.endDate,
      });
    }
    for (const u of d.users) {
      await tx.insert(users).values({
        username: u.username, displayName: u.displayName, passwordHash: hash, orgType: u.orgType, roles: u.roles,
        agencyId: u.orgType === 'agency' ? ids.get(`agency:${u.orgKey}`)! : null,
        enterpriseId: u.orgType === 'enterprise' ? ids.get(`ent:${u.orgKey}`)! : null,
        personId: u.personKey ? ids.get(`person:${u.personKey}`) ?? null : null,
      });
    }
    const counts = { agencies: d.agencies.length, enterprises: d.enterprises.length, mines: d.mines.length, people: d.people.length,
      positions: d.positions.length, users: d.users.length };
    audit({ entityType: 'system', entityId: null, action: 'seed_demo', after: counts });
    return counts;
  });
}

async function insertDemoMine(tx: Tx, m: DemoMine, ids: Map<string, string>): Promise<string> {
  const g = m.boundary ? toGeographic(m.boundary) : null;
  return insertMine(tx, {
    enterpriseId: ids.get(`ent:${m.enterpriseKey}`)!, regionCode: m.regionCode, name: m.name, kinds: m.kinds,
    servesMineId: m.servesMineKey ? ids.get(`mine:${m.servesMineKey}`)! : null,
    tailingsGrade: m.tailings?.grade ?? null, damHeightM: m.tailings ? String(m.tailings.damHeight) : null,
    capacityWanM3: m.tailings ? String(m.tailings.capacity) : null, headOver: m.tailings?.headOver ?? null,
    mineral: m.mineral, scale: m.scale, status: m.status, lon: m.location[0], lat: m.location[1],
    boundaryCrs: m.boundary?.crs ?? null, boundaryOriginal: m.boundary ?? null,
    boundaryWkt: g?.converted ? toMultiPolygonWkt(g.rings) : null, boundaryConverted: Boolean(g?.converted),
    elevationMinM: m.elevation ? String(m.elevation.min) : null, elevationMaxM: m.elevation ? String(m.elevation.max) : null,
    miningLicenceNo: m.miningLicence?.no ?? null, miningLicenceFrom: m.miningLicence?.validFrom ?? null, miningLicenceTo: m.miningLicence?.validTo ?? null,
    safetyLicenceNo: m.safetyLicence?.no ?? null, safetyLicenceFrom: m.safetyLicence?.validFrom ?? null, safetyLicenceTo: m.safetyLicence?.validTo ?? null,
    designCapacity: m.designCapacity === null ? null : String(m.designCapacity), independentSystems: m.independentSystems,
    hydroComplexity: m.hydroComplexity, geoComplexity: m.geoComplexity, positioningInstalled: m.positioningInstalled,
    restructuringCategory: m.restructuringCategory, selfInspectionFrom: m.selfInspectionObligedFrom,
  });
}
