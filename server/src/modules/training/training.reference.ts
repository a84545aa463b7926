import { SEEDED_TRAINING_TARGET } from '@contracts/training';
import type { Executor } from '../../platform/db/client';
import { insertTargetIfMissing } from './training.repository';

/** Boot and test setup: the notice's 2025 city target (2 790, 渝安办〔2025〕13号), only when the year has none. */
export async function loadTrainingTargets(db: Executor): Promise<boolean> {
  return insertTargetIfMissing(db, { ...SEEDED_TRAINING_TARGET });
}
