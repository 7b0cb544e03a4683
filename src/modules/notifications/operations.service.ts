import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DataClass, mayRead } from '../../access/policy.js';
import { type Principal } from '../../access/principal.js';
import { roleOfInstitution } from '../../domain/institutions.js';
import { BadUserInputError, ConflictError, NotFoundError, notFound } from '../../shared/errors.js';
import { parseId } from '../../shared/ids.js';
import { Institution } from '../reference/institution.entity.js';
import { webhookAgent } from './delivery/address-guard.js';
import { postSigned } from './delivery/webhook-delivery.js';
import { DeliveryAttempt, Notification, Webhook } from './notification.entity.js';
import { newWebhookKey, notificationService } from './notification.service.js';
import { ATTEMPTS_DEFAULT, type InstitutionWebhookType, type WebhookAttemptType } from './operations.types.js';
import type { WebhookPolicy } from './webhook-url.js';

/**
 * The operators' (ADMIN's) side of the webhooks (docs/notifications.md, "Operating the webhooks"):
 * every institution's endpoint, registered, re-keyed and tested for it, the calls it got, and a failed
 * delivery sent again. Nothing here reads or sends a notification's content: a test delivery carries
 * no personal data, and a retried delivery goes through the runtime like the first one (and into the
 * access log as the recipient's, as every delivery does).
 */

/** How long a test delivery waits for the endpoint's answer (the operator waits on the page). */
const TEST_DELIVERY_TIMEOUT_SECONDS = 10;

/** Institutions the hub sends notifications to: those with an inbox in the policy (not NGOs). */
const hasInbox = (code: string) => mayRead(roleOfInstitution(code), DataClass.NOTIFICATION_CONTENT);

const view = (institution: Institution, webhook: Webhook | null | undefined): InstitutionWebhookType => ({
  institution,
  url: webhook?.url ?? null,
  updatedAt: webhook?.updatedAt ?? null,
  registeredBy: webhook?.registeredBy ?? null,
});

const attemptView = (a: DeliveryAttempt): WebhookAttemptType => ({
  id: a.id,
  createdAt: a.createdAt,
  attempt: a.attempt,
  notificationId: a.notification?.id ?? null,
  test: !a.notification,
  url: a.url,
  outcome: a.outcome,
  statusCode: a.statusCode ?? null,
  error: a.error ?? null,
  durationMs: a.durationMs,
});

async function institutionWithInbox(em: EntityManager, code: string): Promise<Institution> {
  const institution = await em.findOne(Institution, { code });
  if (!institution) throw notFound('institution', code, 'institutionCode');
  if (!hasInbox(code)) {
    throw new BadUserInputError(`${code} receives no notifications, so it has no webhook.`, {
      messageBg: `${code} не получава уведомления и няма уеб кука.`,
      details: { field: 'institutionCode' },
    });
  }
  return institution;
}

async function registeredWebhook(em: EntityManager, institution: Institution): Promise<Webhook> {
  const webhook = await em.findOne(Webhook, { institution: institution.code, active: true });
  if (!webhook) {
    throw new NotFoundError(`${institution.code} has no webhook registered.`, {
      messageBg: `${institution.code} няма регистрирана уеб кука.`,
      details: { field: 'institutionCode' },
    });
  }
  return webhook;
}

export const webhookOperations = {
  /** Every institution with an inbox, by code, with its endpoint if any. */
  async list(em: EntityManager): Promise<InstitutionWebhookType[]> {
    const [institutions, webhooks] = await Promise.all([em.find(Institution, {}, { orderBy: { code: 'asc' } }), em.find(Webhook, { active: true })]);
    const byCode = new Map(webhooks.map((w) => [w.institution.code, w]));
    return institutions.filter((i) => hasInbox(i.code)).map((i) => view(i, byCode.get(i.code)));
  },

  /** Registers (or replaces) an institution's endpoint for it; the key is returned once. */
  async register(em: EntityManager, principal: Principal, code: string, url: string, policy: WebhookPolicy) {
    const institution = await institutionWithInbox(em, code);
    const { webhook, secret } = await notificationService.setWebhook(em, code, principal.subject, url, policy);
    return { webhook: view(institution, webhook), secret };
  },

  /** A new key for the same endpoint: every delivery from now on is signed with it, the old one no longer. */
  async rotateKey(em: EntityManager, principal: Principal, code: string) {
    const institution = await institutionWithInbox(em, code);
    const webhook = await registeredWebhook(em, institution);
    const secret = newWebhookKey();
    Object.assign(webhook, { secret, registeredBy: principal.subject });
    await em.flush();
    return { webhook: view(institution, webhook), secret };
  },

  /**
   * POSTs a signed test body (no notification, no personal data) to the endpoint now, as a delivery
   * is made (postSigned, through the same address guard), and records the call among its attempts.
   */
  async sendTest(em: EntityManager, code: string, policy: WebhookPolicy): Promise<WebhookAttemptType> {
    const institution = await institutionWithInbox(em, code);
    const webhook = await registeredWebhook(em, institution);
    const id = randomUUID();
    const body = JSON.stringify({ id, kind: 'TEST', test: true, recipient: code, createdAt: new Date().toISOString() });
    const agent = webhookAgent({ production: policy.production, connectTimeoutMs: TEST_DELIVERY_TIMEOUT_SECONDS * 1000 });
    let result: Awaited<ReturnType<typeof postSigned>>;
    try {
      result = await postSigned({
        url: new URL(webhook.url),
        secret: webhook.secret,
        body,
        id,
        attempt: 1,
        agent,
        timeoutSeconds: TEST_DELIVERY_TIMEOUT_SECONDS,
      });
    } finally {
      await agent.close();
    }
    const { sent: _sent, ...outcome } = result;
    const attempt = em.create(DeliveryAttempt, { notification: null, institution: code, attempt: 1, url: webhook.url, ...outcome });
    await em.flush();
    return attemptView(attempt);
  },

  /** The latest calls of an institution's endpoint, newest first: deliveries and test deliveries. */
  async attempts(em: EntityManager, code: string, first = ATTEMPTS_DEFAULT): Promise<WebhookAttemptType[]> {
    await institutionWithInbox(em, code);
    // Attempts recorded before the institution was kept on them are found through their notification.
    const rows = await em.find(
      DeliveryAttempt,
      { $or: [{ institution: code }, { institution: null, notification: { recipient: code } }] },
      { orderBy: { createdAt: 'desc', attempt: 'desc' }, limit: first },
    );
    return rows.map(attemptView);
  },

  /**
   * A notification whose webhook gave up is delivered again: no longer failed, and handed back to the
   * dispatcher, which re-queues its delivery job (runtime.ts). Its attempts go on counting.
   */
  async retry(em: EntityManager, id: string): Promise<Notification> {
    const notification = await em.findOne(Notification, { id: parseId(id) });
    if (!notification) throw notFound('notification', id);
    if (!notification.failedAt) {
      throw new ConflictError(`The notification ${id} has not failed: its delivery is not retried.`, {
        messageBg: 'Уведомлението не е с неуспешна доставка.',
        details: { field: 'id' },
      });
    }
    const recipient = await em.findOneOrFail(Institution, { code: notification.recipient.code });
    await registeredWebhook(em, recipient).catch(() => {
      throw new ConflictError(`${recipient.code} has no webhook registered any more: the notification waits in its inbox.`, {
        messageBg: `${recipient.code} вече няма уеб кука: уведомлението чака във входящата кутия.`,
        details: { field: 'id' },
      });
    });
    Object.assign(notification, { failedAt: null, dispatchedAt: null });
    await em.flush();
    return notification;
  },
};
