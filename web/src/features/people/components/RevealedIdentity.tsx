import { Button, Descriptions, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { toast } from '../../../lib/feedback';
import { errorMessage } from '../../../lib/api-error';
import { text } from '../../../lib/format';
import { useRevealPerson } from '../api/reveal-person';
import type { Person } from '../types';

/**
 * 证件号码 and 手机号码: masked by default; 查看完整信息 (permission person.reveal) fetches them once.
 * The full values live only in this component's state and are gone when the page is left.
 */
export function RevealedIdentity({ person, canReveal }: { person: Person; canReveal: boolean }) {
  const reveal = useRevealPerson();
  const full = reveal.data;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      title="证件与联系方式"
      extra={canReveal && !full && (
        <Space className="no-print">
          <Typography.Text type="secondary">每次查看都会记入审计日志</Typography.Text>
          <Button icon={<EyeOutlined />} loading={reveal.isPending}
            onClick={() => reveal.mutate(person.id, { onError: (e) => toast().error(errorMessage(e)) })}>
            查看完整信息
          </Button>
        </Space>
      )}
      items={[
        { key: 'id', label: '证件号码', children: <span data-testid="person-id-number">{text(full ? full.idNumber : person.idNumber)}</span> },
        { key: 'phone', label: '手机号码', children: <span data-testid="person-phone">{text(full ? full.phone : person.phone)}</span> },
      ]}
      style={{ marginBottom: 24 }}
    />
  );
}
