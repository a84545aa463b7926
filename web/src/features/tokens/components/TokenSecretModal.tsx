import { OneTimeSecret } from '../../../components/OneTimeSecret';

/** Shows a new token's secret once; after closing it cannot be shown again. */
export function TokenSecretModal({ name, token, onClose }: { name: string; token: string; onClose: () => void }) {
  return (
    <OneTimeSecret
      title={`令牌已创建：${name}`}
      warning="令牌只显示这一次"
      description="关闭后无法再次查看。请立即复制并保存到对接系统的安全配置中；遗失只能吊销后重新创建。"
      secret={token}
      testId="token-secret"
      onClose={onClose}
    />
  );
}
