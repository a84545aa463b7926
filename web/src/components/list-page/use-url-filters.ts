import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ListParams } from '../../lib/list';

/** List filters live in the URL so that "back" from a detail page and a reload keep them. */
export function useUrlFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  const params = useMemo<ListParams>(() => Object.fromEntries(new URLSearchParams(key)), [key]);
  const setParams = (next: ListParams) => {
    const clean: Record<string, string> = {};
    for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== '') clean[k] = v;
    setSearchParams(clean, { replace: true });
  };
  return { params, key, setParams };
}
