import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { useAuth } from '../../../lib/auth';
import { getHazards, hazardsExportUrl, hazardsListKey } from '../api/get-hazards';
import { HazardFilters } from '../components/HazardFilters';
import { HazardImportButton } from '../components/HazardImportButton';
import { hazardColumns } from '../components/hazard-columns';
import { QueueTabs } from '../components/QueueTabs';
import type { HazardListItem } from '../types';

export default function HazardListPage() {
  const { me, can } = useAuth();
  const navigate = useNavigate();
  const mayCreate = me.org.type === 'enterprise' ? can('hazard.report') : can('hazard.create_found');
  return (
    <ListPage<HazardListItem>
      title="隐患"
      queryKey={hazardsListKey}
      fetchPage={getHazards}
      exportUrl={hazardsExportUrl}
      columns={hazardColumns}
      rowKey="id"
      header={<QueueTabs />}
      filters={<HazardFilters />}
      toolbar={mayCreate && (
        <>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/hazards/new')} data-testid="hazard-new">
            {me.org.type === 'enterprise' ? '上报隐患' : '登记检查发现的隐患'}
          </Button>
          <HazardImportButton />
        </>
      )}
    />
  );
}
