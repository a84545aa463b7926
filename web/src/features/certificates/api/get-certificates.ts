import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import type { CertificateAlerts, CertificateItem } from '../types';

export const CERTIFICATES_KEY = ['certificates'] as const;
export const certificateListKey = [...CERTIFICATES_KEY, 'list'] as const;

const filters = (f: ListParams) => ({
  q: f.q, typeCode: f.typeCode, state: f.state, expiringWithinDays: f.expiringWithinDays, enterpriseId: f.enterpriseId,
  regionCode: f.regionCode, mineId: f.mineId, personId: f.personId,
});

/** GET /api/certificates — states are computed by the server (Asia/Shanghai dates); ID numbers arrive masked. */
export const getCertificates = (f: ListParams, page: Page) => api.get<ListResult<CertificateItem>>('/api/certificates', { ...filters(f), ...page });

/** The export of exactly the filtered list. */
export const certificateExportUrl = (f: ListParams) => withQuery('/api/certificates/export', filters(f));

/** GET /api/certificates/alerts-summary */
export function useCertificateAlerts() {
  return useQuery({ queryKey: [...CERTIFICATES_KEY, 'alerts'], queryFn: () => api.get<CertificateAlerts>('/api/certificates/alerts-summary') });
}
