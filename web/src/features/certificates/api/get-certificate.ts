import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { isUuid } from '../../../lib/format';
import { queryClient } from '../../../lib/query-client';
import type { Certificate, CertificateInput, ReviewInput, VerificationInput } from '../types';
import { CERTIFICATES_KEY } from './get-certificates';

const url = (id: string) => `/api/certificates/${encodeURIComponent(id)}`;

/** GET /api/certificates/:id, with reviews and verifications */
export function useCertificate(id: string | undefined) {
  return useQuery({ queryKey: [...CERTIFICATES_KEY, 'detail', id], queryFn: () => api.get<Certificate>(url(id!)), enabled: isUuid(id) });
}

const refresh = () => queryClient.invalidateQueries({ queryKey: CERTIFICATES_KEY });

/** POST /api/certificates */
export function useCreateCertificate() {
  return useMutation({ mutationFn: (input: CertificateInput) => api.post<Certificate>('/api/certificates', input), onSuccess: refresh });
}

/** PUT /api/certificates/:id */
export function useUpdateCertificate(id: string) {
  return useMutation({
    mutationFn: (input: Omit<CertificateInput, 'personId' | 'enterpriseId'> & { version: number }) => api.put<Certificate>(url(id), input),
    onSuccess: refresh,
  });
}

/** POST /api/certificates/:id/reviews */
export function useRecordReview(id: string) {
  return useMutation({ mutationFn: (input: ReviewInput) => api.post<Certificate>(`${url(id)}/reviews`, input), onSuccess: refresh });
}

/** POST /api/certificates/:id/verifications */
export function useRecordVerification(id: string) {
  return useMutation({ mutationFn: (input: VerificationInput) => api.post<Certificate>(`${url(id)}/verifications`, input), onSuccess: refresh });
}
