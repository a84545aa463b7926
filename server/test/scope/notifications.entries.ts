import { randomUUID } from 'node:crypto';
import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';
import { notify } from '../../src/modules/notifications/notify';

/** A notification for tenant t's enterprise admin (the user the generic test signs in for role 'enterprise'). */
async function ownNotification(s: TestServer, t: Tenant) {
  const [id] = await notify(s.p.database.db, [{ userId: t.users.enterpriseAdmin.id, kind: 'hazard_deadline', itemType: 'hazard',
    itemId: randomUUID(), stage: 'due_soon', title: '隐患整改即将到期' }]);
  return { id: id! };
}

/** The inbox belongs to its user: lists and counts are the caller's own (notifications.test.ts checks another user's rows). */
export const notificationEntries: Entries = {
  'GET /api/notifications': { kind: 'self' },
  'GET /api/notifications/unread-count': { kind: 'self' },
  'POST /api/notifications/:id/read': { kind: 'tenant', roles: ['enterprise'], op: 'write', prepare: ownNotification,
    request: (_t, prep: { id: string }) => ({ method: 'POST', url: `/api/notifications/${prep.id}/read`, body: {} }) },
  'POST /api/notifications/read-all': { kind: 'self' },
  'GET /api/notification-preferences': { kind: 'self' },
  'PUT /api/notification-preferences/:kind': { kind: 'self' },
};
