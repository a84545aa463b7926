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
  /** label of a value that came from elsewhere (URL filter, defaults) and is not among the results */
  resolve?: (value: string) => Promise<string>;
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
export function RemoteSelect({ queryKey, search, resolve, initialLabel, ...rest }: Props) {
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 300);
  const { data = [], isFetching } = useQuery({
    queryKey: [...queryKey, debounced],
    queryFn: () => search(debounced),
    staleTime: 60_000,
  });
  const value = typeof rest.value === 'string' ? rest.value : undefined;
  const missing = !!value && !initialLabel && !isFetching && !data.some((o) => o.value === value);
  const resolved = useQuery({
    queryKey: [...queryKey, 'label', value],
    queryFn: () => resolve!(value!),
    enabled: missing && !!resolve,
    staleTime: 5 * 60_000,
  });
  const label = initialLabel ?? resolved.data;
  const options = useMemo(() => {
    if (value && label && !data.some((o) => o.value === value)) return [{ value, label }, ...data];
    return data;
  }, [data, value, label]);
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
