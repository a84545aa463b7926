/** Every training query key starts here, so a write refreshes records, progress and classrooms. */
export const TRAINING_KEY = ['training'] as const;
export const trainingRecordsKey = [...TRAINING_KEY, 'records'] as const;
export const classroomsKey = [...TRAINING_KEY, 'classrooms'] as const;
