import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Position } from '../types';

export const POSITIONS_KEY = ['positions'] as const;

/** GET /api/positions?personId= (accepts a plain array or a list page `{ items }`). */
export async function getPositions(personId: string): Promise<Position[]> {
  const r = await api.get<Position[] | { items: Position[] }>('/api/positions', { personId });
  return Array.isArray(r) ? r : r.items;
}

export const positionsQueryOptions = (personId: string) => ({
  queryKey: [...POSITIONS_KEY, { personId }] as const,
  queryFn: () => getPositions(personId),
});

export const usePositions = (personId: string) => useQuery(positionsQueryOptions(personId));
