import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Config } from '../../../config/config.js';
import { DeliveryAttempt, Notification, Webhook } from '../notification.entity.js';
import { AttemptOutcome, DeliveryChannel } from '../../../domain/notifications.js';
import { request, type Dispatcher } from 'undici';
import { auditService } from '../../../audit/audit.service.js';
import { disclosedRecords, webhookAccessEntry } from './disclosure.js';
import { sign, SIGNATURE_HEADER } from './signature.js';

export interface WebhookJob {
  notificationId: string;
}

/** What the receiver gets: the notification as its recipient sees it (the content is its own view). */
function webhookBody(n: Notification): string {
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
 *
 * The connection goes through `agent` (address-guard.ts): to an address checked in the same lookup
 * that the socket connects with. Every attempt whose body was written to that connection is a
 * disclosure to the recipient and goes into the access log, once, whatever the answer: the data left
 * when the body was sent, not when the receiver said 2xx. An attempt refused by the guard, or that
 * never connected, disclosed nothing and is not logged. If the entry cannot be written the attempt
 * fails and is retried (the receiver deduplicates on the idempotency key), so that no delivery counts
 * as done without its record.
 */
export async function deliverToWebhook(
  em: EntityManager,
  job: PgBoss.JobWithMetadata<WebhookJob>,
  settings: Config['notifications'],
  log: Logger,
  agent: Dispatcher,
): Promise<void> {
  const notification = await em.findOne(Notification, job.data.notificationId);
  const webhook = notification && (await em.findOne(Webhook, { institution: notification.recipient.code, active: true }));
  if (!notification || !webhook) return; // removed since: the inbox holds it
  const attempt = job.retryCount + 1;
  const body = webhookBody(notification);
  const url = new URL(webhook.url);
  const { outcome, statusCode, error, durationMs, sent } = await postSigned({
    url,
    secret: webhook.secret,
    body,
    id: notification.id,
    attempt,
    agent,
    timeoutSeconds: settings.timeoutSeconds,
  });
  if (sent) {
    const records = disclosedRecords(notification);
    if (Object.keys(records).length) {
      await auditService.append(em, webhookAccessEntry(notification, { attempt, url, accepted: outcome === AttemptOutcome.ACCEPTED, records }));
    }
  }
  const last = attempt > job.retryLimit;
  await em.transactional(async (tx) => {
    tx.create(DeliveryAttempt, {
      notification: notification.id,
      institution: notification.recipient.code,
      attempt,
      url: webhook.url,
      outcome,
      statusCode,
      error,
      durationMs,
    });
    const row = await tx.findOneOrFail(Notification, notification.id);
    if (outcome === AttemptOutcome.ACCEPTED) {
      // The first delivery counts (the recipient may have read it in the hub already).
      row.deliveredAt ??= new Date();
      row.deliveredVia ??= DeliveryChannel.WEBHOOK;
    }
    if (outcome !== AttemptOutcome.ACCEPTED && last) row.failedAt = new Date();
  });
  if (outcome !== AttemptOutcome.ACCEPTED) {
    log.warn({ notification: notification.id, attempt, statusCode, error, last, sent }, 'webhook delivery failed');
    throw new Error(`webhook delivery failed: ${error}`);
  }
}

export interface PostResult {
  outcome: AttemptOutcome;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** The body was written to the connection: the receiver may have it. */
  sent: boolean;
}

/**
 * One signed POST to an endpoint, as every delivery makes it (a notification's, or an operator's test
 * delivery): the signature over the body, `id` as the idempotency key, the attempt's number. Never
 * throws: no answer is an ERROR with its message, a non-2xx answer REJECTED.
 */
export async function postSigned(options: {
  url: URL;
  secret: string;
  body: string;
  id: string;
  attempt: number;
  agent: Dispatcher;
  timeoutSeconds: number;
}): Promise<PostResult> {
  const started = Date.now();
  let outcome = AttemptOutcome.ERROR;
  let statusCode: number | null = null;
  let error: string | null = null;
  let sent = false;
  try {
    const response = await request(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: sign(options.secret, options.body),
        'idempotency-key': options.id,
        'x-hub-delivery-attempt': String(options.attempt),
      },
      body: options.body,
      // undici's request follows no redirect: a 3xx is an answer like any non-2xx (never a second host).
      dispatcher: options.agent.compose(whenSent(() => (sent = true))),
      signal: AbortSignal.timeout(options.timeoutSeconds * 1000),
    });
    statusCode = response.statusCode;
    await response.body.dump().catch(() => {});
    const ok = statusCode >= 200 && statusCode < 300;
    outcome = ok ? AttemptOutcome.ACCEPTED : AttemptOutcome.REJECTED;
    if (!ok) error = `HTTP ${statusCode}`;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  return { outcome, statusCode, error, durationMs: Date.now() - started, sent };
}

/**
 * Calls `onSent` once the request body has been written to the connection (undici's handler hook
 * onBodySent, then onRequestSent): from then on the receiver may have the data.
 */
function whenSent(onSent: () => void): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (options, handler) =>
    dispatch(
      options,
      new Proxy(handler, {
        get(target, property, receiver) {
          if (property !== 'onBodySent' && property !== 'onRequestSent') return Reflect.get(target, property, receiver);
          const original = Reflect.get(target, property, receiver) as ((...args: unknown[]) => unknown) | undefined;
          return (...args: unknown[]) => {
            onSent();
            return original?.apply(target, args);
          };
        },
      }),
    );
}
