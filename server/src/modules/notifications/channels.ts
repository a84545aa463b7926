import { createHmac } from 'node:crypto';
import type { Config } from '../../config';

/** What an external channel is given: the notification and who it is for. */
export interface OutgoingNotification {
  id: string;
  kind: string;
  stage: string;
  itemType: string;
  itemId: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  recipient: { userId: string; username: string; displayName: string };
}

/** The receiver's answer, kept on the delivery row. */
export interface DeliveryReceipt { status: number; body?: string }

/**
 * An external channel (webhook; an SMS or e-mail gateway plugs in the same way). deliver() resolves when the far end
 * accepted the message and throws otherwise — the worker retries with backoff. It may be called more than once for one
 * notification (a retry after a lost answer): pass the notification id on so the far end can drop duplicates.
 */
export interface NotificationChannel {
  name: string;
  deliver(n: OutgoingNotification): Promise<DeliveryReceipt>;
}

/** HMAC-SM3 over `${timestamp}.${body}`, hex — what the receiver recomputes (docs/notifications.md). */
export function webhookSignature(key: Buffer, timestamp: string, body: string): string {
  return createHmac('sm3', key).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

export const WEBHOOK_HEADERS = {
  idempotencyKey: 'idempotency-key',
  timestamp: 'x-mso-timestamp',
  signature: 'x-mso-signature',
} as const;

/** POSTs the notification as JSON, signed; any answer but 2xx (or no answer in time) is a failure. */
export function webhookChannel(cfg: NonNullable<Config['webhook']>): NotificationChannel {
  return {
    name: 'webhook',
    async deliver(n) {
      const body = JSON.stringify({ type: 'notification', version: 1, notification: n });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const res = await fetch(cfg.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          [WEBHOOK_HEADERS.idempotencyKey]: n.id,
          [WEBHOOK_HEADERS.timestamp]: timestamp,
          [WEBHOOK_HEADERS.signature]: `hmac-sm3=${webhookSignature(cfg.key, timestamp, body)}`,
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(cfg.timeoutMs),
      });
      const text = (await res.text()).slice(0, 500);
      if (!res.ok) throw new Error(`HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
      return { status: res.status, body: text || undefined };
    },
  };
}

/** The channels this deployment has configured (none → nothing is sent; deliveries wait). */
export function configuredChannels(config: Config): NotificationChannel[] {
  return config.webhook ? [webhookChannel(config.webhook)] : [];
}
