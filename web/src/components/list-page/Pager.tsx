import { Button, Flex, Space, Typography } from 'antd';
import { totalText, type ListResult } from '../../lib/list';
import type { useCursorPaging } from './use-cursor-paging';

interface PagerProps {
  data: ListResult<unknown> | undefined;
  paging: ReturnType<typeof useCursorPaging>;
  loading: boolean;
}

/** Keyset paging has no page numbers to jump to: previous, next, and the total. */
export function Pager({ data, paging, loading }: PagerProps) {
  const nextCursor = data?.nextCursor;
  return (
    <Flex justify="space-between" align="center" style={{ marginTop: 16 }} className="no-print">
      <Typography.Text type="secondary" data-testid="list-total">{data ? totalText(data) : ''}</Typography.Text>
      <Space>
        <Button data-testid="list-prev" disabled={!paging.hasPrev || loading} onClick={paging.prev}>上一页</Button>
        <Typography.Text>第 {paging.page} 页</Typography.Text>
        <Button data-testid="list-next" disabled={!nextCursor || loading} onClick={() => nextCursor && paging.next(nextCursor)}>
          下一页
        </Button>
      </Space>
    </Flex>
  );
}
