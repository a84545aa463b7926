import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import type { SelectProps } from 'antd';

export interface Option { value: string; label: string }

export interface RemoteSelectProps extends Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'> {
  /** label of the current value when it is not among the search results (edit forms) */
  initialLabel?: string | null;
}

interface Props extends RemoteSelectProps {
  queryKey: readonly unknown[];
  search: (q: string) => Promise<Option[]>;
}

function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** A Select whose options come from a search API (by name keyword), debounced. */
export function RemoteSelect({ queryKey, search, initialLabel, ...rest }: Props) {
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 300);
  const { data = [], isFetching } = useQuery({
    queryKey: [...queryKey, debounced],
    queryFn: () => search(debounced),
    staleTime: 60_000,
  });
  const options = useMemo(() => {
    const v = rest.value;
    if (typeof v === 'string' && initialLabel && !data.some((o) => o.value === v)) return [{ value: v, label: initialLabel }, ...data];
    return data;
  }, [data, rest.value, initialLabel]);
  return (
    <Select<string>
      allowClear
      placeholder="输入名称搜索"
      {...rest}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => { if (!open) setQ(''); }}
      options={options}
      notFoundContent={isFetching ? <Spin size="small" /> : '无匹配结果'}
    />
  );
}
