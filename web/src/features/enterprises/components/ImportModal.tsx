import { useEffect, useState } from 'react';
import { Alert, Button, Modal, Result, Space, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { download } from '../../../lib/download';
import { errorMessage } from '../../../lib/api-error';
import { queryClient } from '../../../lib/query-client';
import { importTemplateUrl, useStartImport, type ImportMode } from '../api/start-import';
import type { ImportResult, Job } from '../types';
import { ImportResultView } from './ImportResultView';
import { JobProgress } from './JobProgress';

const asResult = (job: Job) => (job.result ?? { totalRows: 0, validRows: 0, errors: [] }) as ImportResult;

export interface ImportModalProps {
  onClose: () => void;
  /** `/api/import/:kind` (default: the registry import) */
  kind?: string;
  title?: string;
  templateName?: string;
  /** after a successful commit, e.g. refresh the lists that show the imported rows */
  onCommitted?: () => void;
}

const refreshRegistry = () => {
  void queryClient.invalidateQueries({ queryKey: ['enterprises'] });
  void queryClient.invalidateQueries({ queryKey: ['mines'] });
};

/**
 * 批量导入: template → upload → dry run (校验) → row errors, or 确认导入 of the same file → commit.
 * Nothing is written until the dry run is clean and the user confirms. Also used by other features' imports (kind).
 */
export function ImportModal({ onClose, kind, title = '批量导入', templateName = '导入模板.xlsx', onCommitted = refreshRegistry }: ImportModalProps) {
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState<Job | null>(null);
  const [commit, setCommit] = useState<Job | null>(null);
  const start = useStartImport();

  const run = (mode: ImportMode) =>
    file && start.mutate({ file, mode, kind }, { onSuccess: (job) => (mode === 'commit' ? setCommit(job) : setDryRun(job)) });
  const restart = () => { setFile(null); setDryRun(null); setCommit(null); start.reset(); };

  return (
    <Modal title={title} open onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={760} mask={{ closable: false }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button icon={<DownloadOutlined />} onClick={() => void download(importTemplateUrl(kind), templateName)}>下载导入模板</Button>
        {!dryRun && (
          <>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              beforeUpload={(f) => { setFile(f); return false; }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
            >
              <p className="ant-upload-drag-icon"><InboxOutlined /></p>
              <p>点击或拖入填好的 Excel 文件（.xlsx）</p>
            </Upload.Dragger>
            <Button type="primary" disabled={!file} loading={start.isPending} onClick={() => run('dry-run')}>开始校验</Button>
          </>
        )}
        {start.error && <Alert type="error" showIcon title={errorMessage(start.error)} />}
        {dryRun && !commit && (
          <JobProgress job={dryRun}>
            {(job) => {
              const result = asResult(job);
              const clean = (result.errors ?? []).length === 0;
              return (
                <>
                  <ImportResultView result={result} preview />
                  <Space>
                    {clean && result.validRows > 0 && (
                      <Button type="primary" loading={start.isPending} onClick={() => run('commit')}>确认导入</Button>
                    )}
                    <Button onClick={restart}>重新选择文件</Button>
                  </Space>
                </>
              );
            }}
          </JobProgress>
        )}
        {commit && (
          <JobProgress job={commit}>
            {(job) => <CommitDone job={job} onDone={onCommitted} onAgain={restart} />}
          </JobProgress>
        )}
      </Space>
    </Modal>
  );
}

function CommitDone({ job, onDone, onAgain }: { job: Job; onDone: () => void; onAgain: () => void }) {
  // Lists must show the imported rows: refresh them once, when the commit job has finished.
  useEffect(onDone, []);
  return (
    <Result status="success" title="导入完成" extra={<Button onClick={onAgain}>继续导入</Button>}>
      <ImportResultView result={asResult(job)} />
    </Result>
  );
}
