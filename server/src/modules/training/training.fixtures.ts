// Test fixtures (tests and server/test/scope entries): training records and mines written straight through the
// platform. Not used by the app.
import type { Platform } from '../../platform/context';
import { mines, trainingRecords } from '../../platform/db/schema';
import { insertPerson, newIdNumber } from '../people/people.fixtures';

export async function insertTrainingPerson(p: Platform, enterpriseId: string, name = `培训人员${Math.random().toString(36).slice(2, 8)}`) {
  return insertPerson(p, { name, ownerEnterpriseId: enterpriseId, idNumber: newIdNumber() });
}

export async function insertTrainingRecord(p: Platform, v: {
  personId: string; enterpriseId: string; regionCode: string | null; passed?: boolean; trainedOn?: string; category?: string;
}) {
  const [row] = await p.database.db.insert(trainingRecords).values({
    personId: v.personId, enterpriseId: v.enterpriseId, regionCode: v.regionCode, category: v.category ?? 'safety_manager',
    course: '安全管理人员安全生产知识和管理能力培训', hours: '48', examScore: '86', passed: v.passed ?? true,
    trainedOn: v.trainedOn ?? '2025-06-01',
  }).returning({ id: trainingRecords.id });
  return row!.id;
}

export async function insertMineOf(p: Platform, t: { enterpriseId: string; regionCode: string }, status = 'production') {
  const [row] = await p.database.db.insert(mines).values({
    enterpriseId: t.enterpriseId, regionCode: t.regionCode, name: `培训测试矿${Math.random().toString(36).slice(2, 8)}`,
    kinds: ['open_pit'], status,
  }).returning({ id: mines.id });
  return row!.id;
}
