import { useQuery } from '@tanstack/react-query';
import { regionsQueryOptions } from '../../../components/selects/RegionSelect';

/** A token's data scope in words: 全市 / the district's name / N 家企业. */
export function ScopeText({ scope }: { scope: unknown }) {
  const s = (scope ?? {}) as { kind?: string; regionCode?: string; enterpriseIds?: string[] };
  const { data: regions = [] } = useQuery({ ...regionsQueryOptions, enabled: s.kind === 'district' });
  if (s.kind === 'city') return <>全市</>;
  if (s.kind === 'district') return <>{regions.find((r) => r.code === s.regionCode)?.name ?? s.regionCode}</>;
  if (s.kind === 'enterprise') return <>{s.enterpriseIds?.length ?? 0} 家企业</>;
  return <>—</>;
}
