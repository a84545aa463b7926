import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { queryClient } from '../../../lib/query-client';
import type { CertificateType, CertificateTypeInput } from '../types';

const TYPES_KEY = ['certificate-types'] as const;
const refresh = () => queryClient.invalidateQueries({ queryKey: TYPES_KEY });

/** GET /api/certificate-types — every entry with its effective dates */
export function useCertificateTypes() {
  return useQuery({ queryKey: TYPES_KEY, queryFn: () => api.get<CertificateType[]>('/api/certificate-types'), staleTime: 5 * 60_000 });
}

/** POST /api/certificate-types */
export function useAddCertificateType() {
  return useMutation({ mutationFn: (input: CertificateTypeInput) => api.post<CertificateType>('/api/certificate-types', input), onSuccess: refresh });
}

/** POST /api/certificate-types/:id/end */
export function useEndCertificateType() {
  return useMutation({
    mutationFn: ({ id, effectiveTo }: { id: string; effectiveTo: string }) =>
      api.post<CertificateType>(`/api/certificate-types/${encodeURIComponent(id)}/end`, { effectiveTo }),
    onSuccess: refresh,
  });
}
