import { api } from '../../../lib/api';
import type { ListParams, ListResult, Page } from '../../../lib/list';
import type { AuditEvent } from '../types';

export const AUDIT_KEY = ['audit'] as const;
export const auditListKey = [...AUDIT_KEY, 'list'] as const;

/** GET /api/audit?entityType&entityId&actor&action&from&to&limit&cursor (newest first). */
export const getAuditEvents = (f: ListParams, page: Page) =>
  api.get<ListResult<AuditEvent>>('/api/audit', {
    entityType: f.entityType, entityId: f.entityId, actor: f.actor, action: f.action, from: f.from, to: f.to, ...page,
  });

export const auditEventsQueryOptions = (filters: ListParams, page: Page) => ({
  queryKey: [...auditListKey, filters, page.cursor, page.limit] as const,
  queryFn: () => getAuditEvents(filters, page),
});
