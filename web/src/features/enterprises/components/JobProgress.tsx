import type { ReactNode } from 'react';
import { Alert, Progress, Typography } from 'antd';
import { errorMessage } from '../../../lib/api-error';
import { isJobRunning, jobPercent, useJob } from '../api/get-job';
import type { Job } from '../types';

const STATUS_TEXT: Record<Job['status'], string> = { queued: '排队中', running: '处理中', succeeded: '已完成', failed: '失败' };

/** Polls a background job each second; shows its progress, then `children(job)` once it has succeeded. */
export function JobProgress({ job: initial, children }: { job: Job; children: (job: Job) => ReactNode }) {
  const { data: job = initial, error } = useJob(initial.id, initial);
  if (error) return <Alert type="error" showIcon title={`无法获取任务进度：${errorMessage(error)}`} />;
  const running = isJobRunning(job);
  return (
    <div data-testid="import-job">
      <Typography.Text type="secondary">
        {STATUS_TEXT[job.status]}
        {job.total ? `（${job.progress} / ${job.total} 行）` : ''}
      </Typography.Text>
      <Progress percent={jobPercent(job)} status={job.status === 'failed' ? 'exception' : running ? 'active' : 'success'} />
      {job.status === 'failed' && <Alert type="error" showIcon title={job.error ?? '任务失败'} />}
      {job.status === 'succeeded' && children(job)}
    </div>
  );
}
