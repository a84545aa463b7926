import type { TableColumnsType } from 'antd';
import { ListPage } from '../../../components/list-page';
import type { ListParams, Page } from '../../../lib/list';
import { getHazards, hazardsListKey } from '../api/get-hazards';
import { HazardFilters } from '../components/HazardFilters';
import { hazardColumns } from '../components/hazard-columns';
import type { HazardListItem } from '../types';

/** There is no listing list API yet: the hazards with an active listing (GET /api/hazards?listed=true). */
const fetchListed = (f: ListParams, p: Page) => getHazards({ ...f, listed: 'true' }, p);
const columns: TableColumnsType<HazardListItem> = [
  { title: '督办文号', dataIndex: 'listingDocNo' },
  ...hazardColumns.filter((c) => c.title !== '督办文号'),
];

export default function ListingListPage() {
  return (
    <ListPage<HazardListItem>
      title="挂牌督办（督办中、待摘牌）"
      queryKey={[...hazardsListKey, 'listed']}
      fetchPage={fetchListed}
      columns={columns}
      rowKey="id"
      filters={<HazardFilters showListed={false} />}
    />
  );
}
