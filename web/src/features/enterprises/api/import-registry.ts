import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Job } from '../types';

export type ImportMode = 'dry-run' | 'commit';
export const REGISTRY_TEMPLATE_URL = '/api/import/registry/template';

/** POST /api/import/registry?mode=… (multipart field `file`) → a background job to poll. */
export function startRegistryImport({ file, mode }: { file: File; mode: ImportMode }): Promise<Job> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<Job>('/api/import/registry', form, { mode });
}

export function useStartRegistryImport() {
  return useMutation({ mutationFn: startRegistryImport });
}
