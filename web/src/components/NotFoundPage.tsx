import { Button, Result, Typography } from 'antd';
import { Link } from 'react-router';

/**
 * Unknown routes and records the server will not show (missing, or outside the user's data scope:
 * the API answers 404 for both, so the page does not tell them apart either).
 */
export function NotFoundPage() {
  return (
    <Result
      status="404"
      title={<Typography.Title level={3} style={{ margin: 0 }}>未找到该页面或记录</Typography.Title>}
      subTitle="记录可能不存在、已被删除，或不在您的管辖范围内。"
      extra={<Link to="/"><Button type="primary">返回首页</Button></Link>}
    />
  );
}
