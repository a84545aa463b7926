/** Every on-site query key starts here, so a write refreshes the month views and the compliance list. */
export const ONSITE_KEY = ['onsite'] as const;
