import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { api } from '../../lib/api';

export interface Region { code: string; name: string; kind: string; parentCode: string | null }

export const regionsQueryOptions = {
  queryKey: ['lookup', 'regions'] as const,
  queryFn: () => api.get<Region[]>('/api/regions'),
  staleTime: 60 * 60_000,
};

/** The city itself is not a choice: enterprises and mines sit in a district or county. */
const TOP_LEVEL = new Set(['province', 'city', 'municipality']);

export function RegionSelect(props: Omit<SelectProps<string>, 'options'>) {
  const { data = [], isPending } = useQuery(regionsQueryOptions);
  const options = data.filter((r) => !TOP_LEVEL.has(r.kind)).map((r) => ({ value: r.code, label: r.name }));
  return (
    <Select<string>
      allowClear
      placeholder="选择区县"
      loading={isPending}
      showSearch={{ optionFilterProp: 'label' }}
      {...props}
      options={options}
    />
  );
}
