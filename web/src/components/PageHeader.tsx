import type { ReactNode } from 'react';
import { Flex, Space, Typography } from 'antd';

/** Title of a detail or form page with its actions on the right (actions are hidden when printing). */
export function PageHeader({ title, extra, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>{title}</Typography.Title>
        {sub && <Typography.Text type="secondary">{sub}</Typography.Text>}
      </div>
      {extra && <Space wrap className="no-print">{extra}</Space>}
    </Flex>
  );
}
