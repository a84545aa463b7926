/** Every inspection-visit query key starts here. */
export const VISITS_KEY = ['inspection-visits'] as const;
export const visitsListKey = [...VISITS_KEY, 'list'] as const;
export const visitKey = (id: string) => [...VISITS_KEY, 'detail', id] as const;
