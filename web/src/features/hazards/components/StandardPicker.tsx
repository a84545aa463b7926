import { useEffect, useState } from 'react';
import { Alert, Form, Select, Spin } from 'antd';
import type { FormInstance } from 'antd';
import { useHazardStandard } from '../api/get-hazard-standard';

interface StandardPickerProps {
  form: FormInstance;
  mineId: string | undefined;
  required?: boolean;
}

function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * 判定标准条目 (and 具体情形): the items of the mine's kinds from GET /api/hazard-standard, searchable by code
 * (UG-07) or words (排水). Form fields `standardItemCode` and `standardSituationCode`.
 */
export function StandardPicker({ form, mineId, required = true }: StandardPickerProps) {
  const [q, setQ] = useState('');
  const debounced = useDebounced(q.trim(), 300);
  const all = useHazardStandard(mineId, '');
  const found = useHazardStandard(mineId, debounced);
  const itemCode = Form.useWatch('standardItemCode', form) as string | undefined;
  const items = (debounced ? found.data?.items : all.data?.items) ?? [];
  const selected = all.data?.items.find((i) => i.code === itemCode);
  const options = [...(selected && !items.some((i) => i.code === selected.code) ? [selected] : []), ...items]
    .map((i) => ({ value: i.code, label: `${i.code} ${i.title}` }));
  const situations = selected?.situations ?? [];

  if (!mineId) return <Alert type="info" showIcon title="请先选择矿山，再选择判定标准条目" style={{ marginBottom: 16 }} />;
  return (
    <>
      {all.data && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="standard-note"
          title={`判定依据：${all.data.version}`} description={all.data.note} />
      )}
      <Form.Item name="standardItemCode" label="判定标准条目" rules={required ? [{ required: true, message: '请选择判定标准条目' }] : []}
        extra="可输入条目编号（如 UG-07）或关键字（如 排水）搜索；仅列出适用于该矿山类型的条目">
        <Select
          allowClear
          placeholder="输入编号或关键字搜索"
          showSearch={{ filterOption: false, onSearch: setQ }}
          onOpenChange={(open) => { if (!open) setQ(''); }}
          onChange={() => form.setFieldValue('standardSituationCode', undefined)}
          options={options}
          loading={all.isFetching || found.isFetching}
          notFoundContent={found.isFetching ? <Spin size="small" /> : '无匹配条目'}
          popupMatchSelectWidth={false}
          data-testid="standard-item"
        />
      </Form.Item>
      {situations.length > 0 && (
        <Form.Item name="standardSituationCode" label="具体情形" rules={required ? [{ required: true, message: '请选择具体情形' }] : []}>
          <Select placeholder="选择具体情形" showSearch={{ optionFilterProp: 'label' }} options={situations.map((s) => ({ value: s.code, label: `${s.code} ${s.text}` }))}
            popupMatchSelectWidth={false} data-testid="standard-situation" />
        </Form.Item>
      )}
    </>
  );
}
