import { idParams } from '@contracts/paging';
import {
  countOut, kindParams, notificationListOut, notificationListQuery, notificationOut, preferenceInput, preferenceOut, preferencesOut,
} from '@contracts/notifications';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as svc from './notifications.service';

const TAGS = ['notifications'];

/** The caller's own inbox and preferences: every signed-in user, no permission beyond being signed in. */
export async function notificationsRoutes(app: ZApp, p: Platform) {
  app.get('/api/notifications', {
    schema: { tags: TAGS, summary: '我的通知（按时间倒序）', querystring: notificationListQuery, response: { 200: notificationListOut } },
  }, async (req) => svc.listNotifications(p, req.actor!, req.query));

  app.get('/api/notifications/unread-count', {
    schema: { tags: TAGS, summary: '未读通知数', response: { 200: countOut } },
  }, async (req) => svc.unreadCount(p, req.actor!));

  app.post('/api/notifications/:id/read', {
    schema: { tags: TAGS, summary: '标记为已读', params: idParams, response: { 200: notificationOut } },
  }, async (req) => svc.markRead(p, req.actor!, req.params.id));

  app.post('/api/notifications/read-all', {
    schema: { tags: TAGS, summary: '全部标记为已读（返回标记条数）', response: { 200: countOut } },
  }, async (req) => svc.markAllRead(p, req.actor!));

  app.get('/api/notification-preferences', {
    schema: { tags: TAGS, summary: '我的通知设置（每个类别）', response: { 200: preferencesOut } },
  }, async (req) => svc.getPreferences(p, req.actor!));

  app.put('/api/notification-preferences/:kind', {
    schema: { tags: TAGS, summary: '修改通知设置', params: kindParams, body: preferenceInput, response: { 200: preferenceOut } },
  }, async (req) => svc.setPreference(p, req.ctx, req.actor!, req.params.kind, req.body));
}
