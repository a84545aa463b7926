/** Every self-inspection query key starts here, so a write refreshes the matrix, the stats and the records. */
export const SELF_INSPECTIONS_KEY = ['self-inspections'] as const;
