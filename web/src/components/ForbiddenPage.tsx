import { Result, Typography } from 'antd';

export function ForbiddenPage() {
  return (
    <Result
      status="403"
      title={<Typography.Title level={3} style={{ margin: 0 }}>无权访问</Typography.Title>}
      subTitle="您的账号没有访问此页面的权限，如需开通请联系管理员。"
    />
  );
}
