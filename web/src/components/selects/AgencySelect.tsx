import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { SelectProps } from 'antd';
import type { z } from 'zod';
import type { agencyOut } from '@contracts/admin';
import { api } from '../../lib/api';

export type Agency = z.infer<typeof agencyOut>;

export const agenciesQueryOptions = {
  queryKey: ['lookup', 'agencies'] as const,
  queryFn: () => api.get<Agency[]>('/api/agencies'),
  staleTime: 10 * 60_000,
};

/** 监管部门 (regulatory agencies) the user may see. */
export function AgencySelect(props: Omit<SelectProps<string>, 'options'>) {
  const { data = [], isPending } = useQuery(agenciesQueryOptions);
  return (
    <Select<string>
      allowClear
      placeholder="选择监管部门"
      loading={isPending}
      showSearch={{ optionFilterProp: 'label' }}
      {...props}
      options={data.map((a) => ({ value: a.id, label: `${a.name}（${a.regionName}）` }))}
    />
  );
}
