import { useState } from 'react';
import { Button, Modal, Result, Space, Typography, Upload } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../lib/api-error';
import { useVerifyAudit } from '../api/verify-audit';
import { VERIFY_KINDS } from '../labels';
import type { AuditCheckpoint, AuditVerifyResult } from '../types';
import { readCheckpointFile } from './read-checkpoint';

function VerifyResult({ r }: { r: AuditVerifyResult }) {
  if (r.ok) {
    return <Result status="success" title="审计链完整" subTitle={`共校验 ${r.count} 条事件${r.head ? `，最新序号 ${r.head.seq}` : ''}，未发现篡改、删除或插入。`} />;
  }
  return (
    <Result status="error" title="审计链校验未通过"
      subTitle={<>
        {r.brokenSeq !== null && <div>问题位置：第 {r.brokenSeq} 条</div>}
        {r.kind && <div>类型：{VERIFY_KINDS[r.kind] ?? r.kind}</div>}
        {r.reason && <div>说明：{r.reason}</div>}
        <div>已校验 {r.count} 条。请立即报告安全管理员并保全数据库备份。</div>
      </>} />
  );
}

/** 校验审计链: recomputes the HMAC chain on the server, optionally against an exported checkpoint file. */
export function VerifyAuditButton() {
  const [open, setOpen] = useState(false);
  const [checkpoint, setCheckpoint] = useState<AuditCheckpoint | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const verify = useVerifyAudit();
  const close = () => { setOpen(false); verify.reset(); setCheckpoint(null); setFileError(null); };
  return (
    <>
      <Button icon={<SafetyCertificateOutlined />} onClick={() => setOpen(true)}>校验审计链</Button>
      <Modal open={open} title="校验审计链" onCancel={close} width={620} destroyOnHidden
        footer={<Space>
          <Button onClick={close}>关闭</Button>
          <Button type="primary" loading={verify.isPending} onClick={() => verify.mutate(checkpoint ? { seq: checkpoint.seq, hmac: checkpoint.hmac } : undefined)}>开始校验</Button>
        </Space>}>
        <Typography.Paragraph>逐条重新计算审计日志的哈希链。可选：上传此前导出的检查点文件，以便同时发现整段删除或截断。</Typography.Paragraph>
        <Upload accept=".json,application/json" maxCount={1} showUploadList={false}
          beforeUpload={(f) => { void readCheckpointFile(f).then((c) => { setCheckpoint(c); setFileError(null); }, (e) => { setCheckpoint(null); setFileError(errorMessage(e)); }); return false; }}>
          <Button>选择检查点文件（可选）</Button>
        </Upload>
        {checkpoint && <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>检查点：序号 {checkpoint.seq}，导出于 {checkpoint.exportedAt}</Typography.Paragraph>}
        {fileError && <Typography.Paragraph type="danger" style={{ marginTop: 8 }}>{fileError}</Typography.Paragraph>}
        {verify.data && <VerifyResult r={verify.data} />}
        {verify.error && <Result status="warning" title="无法完成校验" subTitle={errorMessage(verify.error)} />}
      </Modal>
    </>
  );
}
