import type { ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import { ApiError, isNotFound } from '../lib/api-error';
import { NotFoundPage } from './NotFoundPage';

interface QueryStateProps<T> {
  query: { data: T | undefined; isPending: boolean; error: unknown; refetch: () => unknown };
  children: (data: T) => ReactNode;
}

/** Loading → spinner; 404 (or an id the server rejects) → the not-found page; other errors → a retry box. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  if (query.error) {
    if (isNotFound(query.error)) return <NotFoundPage />;
    const e = query.error;
    return (
      <Result
        status="error"
        title={e instanceof Error ? e.message : '加载失败'}
        subTitle={e instanceof ApiError && e.requestId ? `请求编号：${e.requestId}` : undefined}
        extra={<Button onClick={() => void query.refetch()}>重试</Button>}
      />
    );
  }
  if (query.isPending || query.data === undefined) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  return <>{children(query.data)}</>;
}
