import { Alert, Button, Input, Modal, Space } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { toast } from '../../../lib/feedback';

async function copy(textValue: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(textValue);
    toast().success('已复制到剪贴板');
  } catch {
    // Older office browsers or plain-HTTP intranets have no clipboard API: let the user copy by hand.
    toast().warning('浏览器不允许自动复制，请选中令牌后按 Ctrl+C 复制');
  }
}

/** Shows a new token's secret once; after closing it cannot be shown again. */
export function TokenSecretModal({ name, token, onClose }: { name: string; token: string; onClose: () => void }) {
  return (
    <Modal open title={`令牌已创建：${name}`} onCancel={onClose} mask={{ closable: false }}
      footer={<Button type="primary" onClick={onClose}>我已妥善保存</Button>}>
      <Alert type="warning" showIcon title="令牌只显示这一次" description="关闭后无法再次查看。请立即复制并保存到对接系统的安全配置中；遗失只能吊销后重新创建。"
        style={{ marginBottom: 16 }} />
      <Space.Compact style={{ width: '100%' }}>
        <Input readOnly value={token} data-testid="token-secret" onFocus={(e) => e.target.select()} style={{ fontFamily: 'monospace' }} />
        <Button icon={<CopyOutlined />} onClick={() => void copy(token)}>复制</Button>
      </Space.Compact>
    </Modal>
  );
}
