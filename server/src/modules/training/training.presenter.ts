import { CLASSROOM_OBLIGED_STATUSES, CLASSROOM_TARGET_RATE, NOTICE_SOURCE, type ClassroomOut, type ClassroomRateOut, type TrainingRecordOut } from '@contracts/training';
import type { TrainingJoined } from './training.repository';
import type { ClassroomJoined } from './classroom.repository';
import type { ProgressRow, RateRow } from './progress.repository';

const num = (v: string | null) => (v == null ? null : Number(v));

export function presentRecord(j: TrainingJoined): TrainingRecordOut {
  const r = j.r;
  return {
    id: r.id, personId: r.personId, personName: j.personName, enterpriseId: r.enterpriseId, enterpriseName: j.enterpriseName,
    regionCode: r.regionCode, regionName: j.regionName ?? null, category: r.category, course: r.course, hours: Number(r.hours),
    examScore: num(r.examScore), passed: r.passed, certificateNo: r.certificateNo, trainedOn: r.trainedOn, version: r.version,
    createdAt: r.createdAt.toISOString(),
  };
}

export function presentProgress(r: ProgressRow) {
  return {
    regionCode: r.region_code, regionName: r.region_name, target: r.target, targetSource: r.target_source, passed: r.passed,
    rate: r.target ? r.passed / r.target : null,
  };
}

export function presentClassroom(j: ClassroomJoined): ClassroomOut {
  const c = j.c;
  return {
    mineId: j.mineId, mineName: j.mineName, mineStatus: j.mineStatus, enterpriseId: j.enterpriseId, enterpriseName: j.enterpriseName,
    regionCode: j.regionCode, regionName: j.regionName, obliged: (CLASSROOM_OBLIGED_STATUSES as readonly string[]).includes(j.mineStatus),
    connected: c?.connected ?? null, since: c?.since ?? null, checkedBy: c?.checkedBy ?? null, checkedOn: c?.checkedOn ?? null,
    note: c?.note ?? null, version: c?.version ?? null,
  };
}

const rateRow = (r: RateRow) => ({ regionCode: r.region_code, regionName: r.region_name, obliged: r.obliged, connected: r.connected,
  rate: r.obliged ? r.connected / r.obliged : null });

/** The city row sums the districts (city callers only). */
export function presentRate(rows: RateRow[], withCity: boolean): ClassroomRateOut {
  const obliged = rows.reduce((n, r) => n + r.obliged, 0);
  const connected = rows.reduce((n, r) => n + r.connected, 0);
  return {
    targetRate: CLASSROOM_TARGET_RATE,
    targetSource: `${NOTICE_SOURCE}：2025年底前矿山安全培训教室视频连至市应急管理局联网率达到90%以上`,
    city: withCity ? rateRow({ region_code: '500000', region_name: '全市', obliged, connected }) : null,
    rows: rows.map(rateRow),
  };
}
