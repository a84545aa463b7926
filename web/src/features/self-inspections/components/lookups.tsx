import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { SelectProps } from 'antd';
import type { z } from 'zod';
import type { PersonOut } from '@contracts/people';
import type { hazardListItem } from '@contracts/hazards';
import { HAZARD_STATUSES } from '@contracts/hazards';
import { RemoteSelect, type Option, type RemoteSelectProps } from '../../../components/selects/RemoteSelect';
import { api } from '../../../lib/api';
import { labelOf } from '../../../lib/format';
import type { ListResult } from '../../../lib/list';

type HazardItem = z.infer<typeof hazardListItem>;

const personLabel = (p: PersonOut) => `${p.name}${p.title ? `（${p.title}）` : ''}`;

/** 组织人: people of the mine's enterprise (GET /api/people?enterpriseId=), searched by name. */
export function OrganiserSelect({ enterpriseId, ...props }: RemoteSelectProps & { enterpriseId?: string }) {
  return (
    <RemoteSelect
      placeholder="输入姓名搜索"
      {...props}
      queryKey={['lookup', 'people', enterpriseId]}
      search={async (q) => {
        const r = await api.get<ListResult<PersonOut>>('/api/people', { q, limit: 20, enterpriseId });
        return r.items.map((p): Option => ({ value: p.id, label: personLabel(p) }));
      }}
      resolve={async (id) => personLabel(await api.get<PersonOut>(`/api/people/${encodeURIComponent(id)}`))}
    />
  );
}

const hazardLabel = (h: HazardItem) =>
  `${h.description.length > 40 ? `${h.description.slice(0, 40)}…` : h.description}（${labelOf(HAZARD_STATUSES, h.status)}）`;

/** 关联隐患: hazards of the same mine (the server refuses others), filtered in the browser. */
export function HazardMultiSelect({ mineId, ...props }: Omit<SelectProps<string[]>, 'options' | 'mode'> & { mineId?: string }) {
  const { data, isFetching } = useQuery({
    queryKey: ['lookup', 'hazards', mineId],
    queryFn: () => api.get<ListResult<HazardItem>>('/api/hazards', { limit: 200, mineId }),
    enabled: !!mineId,
    staleTime: 60_000,
  });
  return (
    <Select<string[]>
      mode="multiple"
      allowClear
      placeholder={mineId ? '选择本矿山的隐患记录' : '请先选择矿山'}
      disabled={!mineId}
      loading={isFetching}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent="本矿山暂无隐患记录"
      {...props}
      options={(data?.items ?? []).map((h) => ({ value: h.id, label: hazardLabel(h) }))}
    />
  );
}
