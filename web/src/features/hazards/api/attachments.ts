import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { isUuid } from '../../../lib/format';
import { queryClient } from '../../../lib/query-client';
import { uploadFile } from '../../../lib/upload';
import { HAZARDS_KEY } from './get-hazards';

export const ATTACHMENT_PURPOSES = {
  photo_before: '整改前照片', photo_after: '整改后照片', document: '文件资料', risk_assessment: '风险评估报告',
} as const;
export type AttachmentPurpose = keyof typeof ATTACHMENT_PURPOSES;
/** What the server accepts (it checks the content, not the name). */
export const ATTACHMENT_ACCEPT = 'image/*,.heic,.heif,.pdf,.docx,.xlsx';

export interface Attachment {
  id: string; purpose: string; filename: string; mime: string; size: number; sm3: string; uploadedBy: string; createdAt: string; url: string;
}

export const attachmentsKey = (hazardId: string) => [...HAZARDS_KEY, 'attachments', hazardId] as const;

/** GET /api/hazards/:id/attachments */
export const getAttachments = (hazardId: string) => api.get<Attachment[]>(`/api/hazards/${encodeURIComponent(hazardId)}/attachments`);

export function useAttachments(hazardId: string) {
  return useQuery({ queryKey: attachmentsKey(hazardId), queryFn: () => getAttachments(hazardId), enabled: isUuid(hazardId) });
}

/** POST /api/hazards/:id/attachments?purpose= (multipart `file`), with upload progress; refreshes the list. */
export async function uploadAttachment(hazardId: string, purpose: AttachmentPurpose, file: File, onProgress?: (percent: number) => void) {
  const out = await uploadFile<Attachment>(`/api/hazards/${encodeURIComponent(hazardId)}/attachments`, file, { query: { purpose }, onProgress });
  void queryClient.invalidateQueries({ queryKey: attachmentsKey(hazardId) });
  return out;
}

/** GET /api/hazard-listings/:id/notice.pdf — the 挂牌督办通知书. */
export const noticePdfUrl = (listingId: string) => `/api/hazard-listings/${encodeURIComponent(listingId)}/notice.pdf`;
