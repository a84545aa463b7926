import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Job } from '../types';

export type ImportMode = 'dry-run' | 'commit';

/**
 * What the server imports: `/api/import/:kind` with kind `enterprises` today (server/src/modules/imports).
 * The brief named a combined `registry` (enterprises + mines) workbook; change it here when that kind exists.
 */
export const IMPORT_KIND = 'enterprises';
export const importTemplateUrl = (kind = IMPORT_KIND) => `/api/import/${kind}/template`;

/** POST /api/import/:kind?mode=dry-run|commit (multipart field `file`) → 202 with a background job to poll. */
export function startImport({ file, mode, kind = IMPORT_KIND }: { file: File; mode: ImportMode; kind?: string }): Promise<Job> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<Job>(`/api/import/${kind}`, form, { mode });
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}
