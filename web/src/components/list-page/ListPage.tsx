import { useEffect, type ReactNode } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Space, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useAuth } from '../../lib/auth';
import { download } from '../../lib/download';
import { errorMessage } from '../../lib/api-error';
import type { ListParams, ListResult, Page } from '../../lib/list';
import { useCursorPaging } from './use-cursor-paging';
import { useUrlFilters } from './use-url-filters';
import { Pager } from './Pager';

export interface ListPageProps<T extends object> {
  title: string;
  /** key prefix of the list query, e.g. ['mines', 'list'] */
  queryKey: readonly unknown[];
  fetchPage: (filters: ListParams, page: Page) => Promise<ListResult<T>>;
  columns: TableColumnsType<T>;
  rowKey: string | ((row: T) => string);
  /** Form.Items of the filter form; their names become query parameters */
  filters?: ReactNode;
  /** shown between the title and the filters (quick tabs) */
  header?: ReactNode;
  /** buttons beside the filters (新增, 批量导入…) */
  toolbar?: ReactNode;
  /** the export endpoint for the current filters; shown with permission data.export */
  exportUrl?: (params: ListParams) => string;
  expandable?: TableProps<T>['expandable'];
  pageSize?: number;
  /** filter form values ↔ URL parameters, for fields that are not plain strings (date ranges) */
  toParams?: (values: Record<string, unknown>) => ListParams;
  toValues?: (params: ListParams) => Record<string, unknown>;
}

const plainParams = (values: Record<string, unknown>): ListParams =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined || v === null || v === '' ? undefined : String(v)]));

/** One table bound to one request function, with filters above it and export beside them (ant-design-pro idiom). */
export function ListPage<T extends object>(props: ListPageProps<T>) {
  const { title, queryKey, fetchPage, columns, rowKey, filters, toolbar, exportUrl, pageSize = 20 } = props;
  const { can } = useAuth();
  const [form] = Form.useForm();
  const { params, key, setParams } = useUrlFilters();
  const paging = useCursorPaging(key);
  const toValues = props.toValues ?? ((p: ListParams) => p);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(params));
    // re-sync the form only when the URL changes (back/forward, reset), not on every render
  }, [key]);

  const query = useQuery({
    queryKey: [...queryKey, params, paging.cursor, pageSize],
    queryFn: () => fetchPage(params, { cursor: paging.cursor, limit: pageSize }),
    placeholderData: keepPreviousData,
  });

  const search = (values: Record<string, unknown>) => {
    const next = (props.toParams ?? plainParams)(values);
    setParams({ ...next, sort: params.sort });
    paging.reset();
  };
  const sortedColumns = columns.map((c) => {
    if (!c.sorter || c.key === undefined) return c;
    const k = String(c.key);
    return { ...c, sortOrder: params.sort === k ? 'ascend' : params.sort === `-${k}` ? 'descend' : null } as typeof c;
  });
  const onTableChange: TableProps<T>['onChange'] = (_p, _f, sorter) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
    const sort = s?.order && s.columnKey !== undefined ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
    setParams({ ...params, sort });
  };

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{title}</Typography.Title>
      {props.header}
      <Flex justify="space-between" align="flex-start" wrap gap={8} style={{ marginBottom: 16 }} className="no-print">
        <Form form={form} layout="inline" onFinish={search} style={{ rowGap: 8 }}>
          {filters}
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>查询</Button>
              <Button onClick={() => { form.resetFields(); search({}); }}>重置</Button>
            </Space>
          </Form.Item>
        </Form>
        <Space wrap>
          {toolbar}
          {exportUrl && can('data.export') && (
            <Button icon={<DownloadOutlined />} data-testid="list-export" onClick={() => void download(exportUrl(params))}>
              导出Excel
            </Button>
          )}
        </Space>
      </Flex>
      <Table<T>
        rowKey={rowKey}
        columns={sortedColumns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        pagination={false}
        expandable={props.expandable}
        onChange={onTableChange}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: query.isError ? `加载失败：${errorMessage(query.error)}` : undefined }}
        size="middle"
      />
      <Pager data={query.data} paging={paging} loading={query.isFetching} />
    </Card>
  );
}
