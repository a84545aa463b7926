import { useState } from 'react';
import { Alert, Button, Card, Progress, Select, Space, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { QueryState } from '../../../components/QueryState';
import { errorMessage } from '../../../lib/api-error';
import { useAuth } from '../../../lib/auth';
import { download } from '../../../lib/download';
import { toast } from '../../../lib/feedback';
import { formatDateTime, labelOf } from '../../../lib/format';
import { formatSize } from '../../../lib/upload';
import {
  ATTACHMENT_ACCEPT, ATTACHMENT_PURPOSES, uploadAttachment, useAttachments, type Attachment, type AttachmentPurpose,
} from '../api/attachments';
import type { Hazard } from '../types';

/** Who may add files: anyone who may act on the hazard (the server decides either way). */
export const MAY_ATTACH = ['hazard.report', 'hazard.rectify', 'hazard.create_found', 'hazard.accept'] as const;

const PURPOSE_OPTIONS = (Object.keys(ATTACHMENT_PURPOSES) as AttachmentPurpose[]).map((value) => ({ value, label: ATTACHMENT_PURPOSES[value] }));

interface UploaderProps {
  hazardId: string;
  purposes?: AttachmentPurpose[];
  defaultPurpose?: AttachmentPurpose;
  testId?: string;
}

/** Purpose + file picker; uploads at once with a progress bar and shows the server's message on refusal. */
export function AttachmentUploader({ hazardId, purposes, defaultPurpose = 'photo_before', testId = 'attachment-upload' }: UploaderProps) {
  const [purpose, setPurpose] = useState<AttachmentPurpose>(defaultPurpose);
  const [progress, setProgress] = useState<{ name: string; percent: number; status: 'active' | 'success' | 'exception' } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const options = purposes ? PURPOSE_OPTIONS.filter((o) => purposes.includes(o.value)) : PURPOSE_OPTIONS;
  const busy = progress?.status === 'active';

  const start = async (file: File) => {
    setError(null);
    setProgress({ name: file.name, percent: 0, status: 'active' });
    try {
      await uploadAttachment(hazardId, purpose, file, (percent) => setProgress({ name: file.name, percent, status: 'active' }));
      setProgress({ name: file.name, percent: 100, status: 'success' });
      toast().success(`已上传：${file.name}`);
    } catch (e) {
      setProgress((p) => (p ? { ...p, status: 'exception' } : p));
      setError(errorMessage(e));
    }
  };

  return (
    <div data-testid={testId}>
      <Space wrap>
        {options.length > 1 && (
          <Select<AttachmentPurpose> value={purpose} onChange={setPurpose} options={options} style={{ width: 160 }}
            aria-label="附件类别" data-testid={`${testId}-purpose`} />
        )}
        <Upload accept={ATTACHMENT_ACCEPT} showUploadList={false} disabled={busy}
          beforeUpload={(file) => { void start(file); return false; }}>
          <Button icon={<UploadOutlined />} loading={busy}>
            {options.length === 1 ? `上传${options[0].label}` : '选择文件上传'}
          </Button>
        </Upload>
      </Space>
      {progress && (
        <div style={{ maxWidth: 480, marginTop: 8 }}>
          <span>{progress.name}</span>
          <Progress percent={progress.percent} status={progress.status} size="small" data-testid={`${testId}-progress`} />
        </div>
      )}
      {error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={error} data-testid={`${testId}-error`} />}
    </div>
  );
}

export function AttachmentsTable({ rows }: { rows: Attachment[] }) {
  return (
    <Table<Attachment> rowKey="id" size="small" pagination={false} dataSource={rows} scroll={{ x: 'max-content' }}
      locale={{ emptyText: '暂无附件' }} data-testid="attachments-table"
      columns={[
        { title: '类别', key: 'purpose', render: (_, a) => labelOf(ATTACHMENT_PURPOSES, a.purpose) },
        { title: '文件名', dataIndex: 'filename' },
        { title: '大小', key: 'size', render: (_, a) => formatSize(a.size) },
        { title: '上传时间', key: 'createdAt', render: (_, a) => formatDateTime(a.createdAt) },
        {
          title: '操作', key: 'download',
          render: (_, a) => <Button type="link" size="small" onClick={() => void download(a.url, a.filename)}>下载</Button>,
        },
      ]} />
  );
}

/** 附件 section of the hazard detail page: the list, and the upload control for those who may act while not closed. */
export function HazardAttachments({ hazard: h }: { hazard: Hazard }) {
  const { can } = useAuth();
  const query = useAttachments(h.id);
  const mayUpload = h.status !== 'closed' && MAY_ATTACH.some((p) => can(p));
  return (
    <Card type="inner" title="附件" style={{ marginBottom: 16 }} data-testid="hazard-attachments">
      {mayUpload && <div style={{ marginBottom: 12 }} className="no-print"><AttachmentUploader hazardId={h.id} /></div>}
      <QueryState query={query}>{(rows) => <AttachmentsTable rows={rows} />}</QueryState>
    </Card>
  );
}
