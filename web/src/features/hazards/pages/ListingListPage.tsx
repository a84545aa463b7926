import { Button, type TableColumnsType } from 'antd';
import { ListPage } from '../../../components/list-page';
import type { ListParams, Page } from '../../../lib/list';
import { errorMessage } from '../../../lib/api-error';
import { download } from '../../../lib/download';
import { toast } from '../../../lib/feedback';
import { noticePdfUrl } from '../api/attachments';
import { getHazard } from '../api/get-hazard';
import { getHazards, hazardsListKey } from '../api/get-hazards';
import { HazardFilters } from '../components/HazardFilters';
import { hazardColumns } from '../components/hazard-columns';
import type { HazardListItem } from '../types';

/** There is no listing list API yet: the hazards with an active listing (GET /api/hazards?listed=true). */
const fetchListed = (f: ListParams, p: Page) => getHazards({ ...f, listed: 'true' }, p);
/** The list rows carry only the 督办文号: the listing id comes from the hazard record when the link is used. */
async function downloadNotice(h: HazardListItem) {
  try {
    const hazard = await getHazard(h.id);
    const listing = hazard.listings.find((l) => l.docNo === h.listingDocNo) ?? hazard.listings.find((l) => l.status !== 'delisted');
    if (!listing) throw new Error('未找到该隐患的挂牌督办记录');
    await download(noticePdfUrl(listing.id), `挂牌督办通知书-${listing.docNo}.pdf`);
  } catch (e) {
    toast().error(errorMessage(e));
  }
}

const columns: TableColumnsType<HazardListItem> = [
  { title: '督办文号', dataIndex: 'listingDocNo' },
  ...hazardColumns.filter((c) => c.title !== '督办文号'),
  {
    title: '通知书', key: 'notice',
    render: (_, h) => (
      <Button type="link" size="small" style={{ paddingInline: 0 }} data-testid="notice-pdf" onClick={() => void downloadNotice(h)}>
        下载通知书(PDF)
      </Button>
    ),
  },
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
