import type { ReactNode } from 'react';
import { Alert, Button, Input, Modal, Space } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { toast } from '../lib/feedback';

async function copy(value: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(value);
    toast().success('已复制到剪贴板');
  } catch {
    // Older office browsers and plain-HTTP intranets have no clipboard API: the user copies by hand.
    toast().warning('浏览器不允许自动复制，请选中后按 Ctrl+C 复制');
  }
}

interface Props {
  title: string;
  /** the warning headline, e.g. "令牌只显示这一次" */
  warning: string;
  description: ReactNode;
  secret: string;
  testId: string;
  onClose: () => void;
}

/** A secret the server returns once (API token, temporary password): shown with a copy button, never again. */
export function OneTimeSecret({ title, warning, description, secret, testId, onClose }: Props) {
  return (
    <Modal open title={title} onCancel={onClose} mask={{ closable: false }}
      footer={<Button type="primary" onClick={onClose}>我已妥善保存</Button>}>
      <Alert type="warning" showIcon title={warning} description={description} style={{ marginBottom: 16 }} />
      <Space.Compact style={{ width: '100%' }}>
        <Input readOnly value={secret} data-testid={testId} onFocus={(e) => e.target.select()} style={{ fontFamily: 'monospace' }} />
        <Button icon={<CopyOutlined />} onClick={() => void copy(secret)}>复制</Button>
      </Space.Compact>
    </Modal>
  );
}
