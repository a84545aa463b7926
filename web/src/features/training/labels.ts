export { TRAINING_CATEGORIES, CLASSROOM_TARGET_RATE } from '@contracts/training';
export const PASSED = { true: '合格', false: '不合格' } as const;
export const CONNECTED_FILTER = { yes: '已联网', no: '未联网', unknown: '未核查' } as const;

/** 0.8123 → "81.2%"; null → "—". */
export const percent = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);
