import { Tabs } from 'antd';
import { useUrlFilters } from '../../../components/list-page/use-url-filters';
import type { ListParams } from '../../../lib/list';

/** Quick tabs for the district's queues; each sets the list filters in the URL. */
const QUEUES: { key: string; label: string; params: ListParams }[] = [
  { key: 'all', label: '全部', params: {} },
  { key: 'to_confirm', label: '待确认', params: { status: 'reported', grade: 'major' } },
  { key: 'rectifying', label: '整改中', params: { status: 'in_rectification' } },
  { key: 'to_accept', label: '待验收', params: { status: 'awaiting_acceptance' } },
  { key: 'overdue', label: '逾期', params: { overdue: 'true' } },
];

const same = (a: ListParams, b: ListParams) => {
  const clean = (p: ListParams) => Object.entries(p).filter(([k, v]) => k !== 'sort' && v).sort().join('&');
  return clean(a) === clean(b);
};

export function QueueTabs() {
  const { params, setParams } = useUrlFilters();
  const active = QUEUES.find((q) => same(q.params, params))?.key ?? '';
  return (
    <Tabs className="no-print" activeKey={active} onChange={(k) => setParams({ ...QUEUES.find((q) => q.key === k)!.params, sort: params.sort })}
      items={QUEUES.map((q) => ({ key: q.key, label: q.label }))} />
  );
}
