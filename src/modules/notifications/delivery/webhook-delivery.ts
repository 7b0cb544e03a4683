import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Config } from '../../../config/config.js';
import { DeliveryAttempt, Notification, Webhook } from '../notification.entity.js';
import { AttemptOutcome, DeliveryChannel } from '../notification.enums.js';
import { assertPublicHost } from './address-guard.js';
import { sign, SIGNATURE_HEADER } from './signature.js';

export interface WebhookJob {
  notificationId: string;
}

/** What the receiver gets: the notification as its recipient sees it (the content is its own view). */
export function webhookBody(n: Notification): string {
  return JSON.stringify({
    id: n.id,
    kind: n.kind,
    article: n.article,
    sender: n.sender?.code ?? null,
    recipient: n.recipient.code,
    subject: { type: n.subjectType, id: n.subjectId },
    content: n.content,
    createdAt: n.createdAt.toISOString(),
    dueBy: n.dueBy.toISOString(),
  });
}

/**
 * One attempt of one job: POST, signed, with the notification's id as the idempotency key. A non-2xx
 * answer or no answer throws, so that pg-boss retries with backoff; after the last attempt the
 * notification is marked failed (visible to the sender and ADMIN). Every attempt is recorded.
 */
export async function deliverToWebhook(em: EntityManager, job: PgBoss.JobWithMetadata<WebhookJob>, settings: Config['notifications'], log: Logger): Promise<void> {
  const notification = await em.findOne(Notification, job.data.notificationId);
  const webhook = notification && (await em.findOne(Webhook, { institution: notification.recipient.code, active: true }));
  if (!notification || !webhook) return; // removed since: the inbox holds it
  const attempt = job.retryCount + 1;
  const body = webhookBody(notification);
  const started = Date.now();
  let outcome = AttemptOutcome.ERROR;
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const url = new URL(webhook.url);
    if (settings.webhook.production) await assertPublicHost(url.hostname);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: sign(webhook.secret, body),
        'idempotency-key': notification.id,
        'x-hub-delivery-attempt': String(attempt),
      },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(settings.timeoutSeconds * 1000),
    });
    statusCode = response.status;
    await response.body?.cancel().catch(() => {});
    outcome = response.ok ? AttemptOutcome.ACCEPTED : AttemptOutcome.REJECTED;
    if (!response.ok) error = `HTTP ${response.status}`;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const durationMs = Date.now() - started;
  const last = attempt > job.retryLimit;
  await em.transactional(async (tx) => {
    tx.create(DeliveryAttempt, { notification: notification.id, attempt, url: webhook.url, outcome, statusCode, error, durationMs });
    const row = await tx.findOneOrFail(Notification, notification.id);
    if (outcome === AttemptOutcome.ACCEPTED) {
      // The first delivery counts (the recipient may have read it in the hub already).
      row.deliveredAt ??= new Date();
      row.deliveredVia ??= DeliveryChannel.WEBHOOK;
    }
    if (outcome !== AttemptOutcome.ACCEPTED && last) row.failedAt = new Date();
  });
  if (outcome !== AttemptOutcome.ACCEPTED) {
    log.warn({ notification: notification.id, attempt, statusCode, error, last }, 'webhook delivery failed');
    throw new Error(`webhook delivery failed: ${error}`);
  }
}
