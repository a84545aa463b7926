import type { z } from 'zod';
import type { classroomOut, classroomRateOut, trainingProgressOut, trainingRecordOut } from '@contracts/training';

export type TrainingRecord = z.infer<typeof trainingRecordOut>;
export type TrainingProgress = z.infer<typeof trainingProgressOut>;
export type ProgressRow = TrainingProgress['rows'][number];
export type Classroom = z.infer<typeof classroomOut>;
export type ClassroomRate = z.infer<typeof classroomRateOut>;
