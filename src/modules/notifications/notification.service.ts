import { randomBytes } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { scopes, within } from '../scopes.js';
import { ConflictError, notFound } from '../../shared/errors.js';
import { parseId } from '../../shared/ids.js';
import { paginate } from '../../read/paginate.js';
import type { PageArgs } from '../../shared/relay.js';
import { DeliveryAttempt, Notification, Webhook } from './notification.entity.js';
import { DeliveryChannel } from '../../domain/notifications.js';
import type { NotificationFilter } from './notification.types.js';
import { assertWebhookUrl, type WebhookPolicy } from './webhook-url.js';

/** Not delivered (docs/notifications.md, "Delivered": a push written, a webhook's 2xx, an inbox read), and past its due-by: in SQL and on a row. */
const overdueCondition = (now = new Date()): FilterQuery<Notification> => ({ deliveredAt: null, dueBy: { $lt: now } });
export const isOverdue = (n: Notification, now = new Date()): boolean => !n.deliveredAt && n.dueBy < now;

/**
 * Who sees a notification's delivery attempts (the recipient's endpoint URL, its answers and errors):
 * its recipient, whose endpoint it is, and ADMIN, who runs the deliveries. Its sender sees only that
 * and when it was delivered (deliveredAt, deliveredVia, failedAt; docs/notifications.md, "What the
 * sender sees"). Anyone else, and no one by default, sees none.
 */
export function maySeeAttempts(principal: Principal | null, notification: Pick<Notification, 'recipient'>): boolean {
  if (!principal) return false;
  return principal.role === 'ADMIN' || notification.recipient.code === principal.institutionCode;
}

/** The same rule as a row scope, applied in the query that loads the attempts. */
function attemptsScope(principal: Principal | null): FilterQuery<DeliveryAttempt> {
  if (principal?.role === 'ADMIN') return {};
  return principal ? { notification: { recipient: principal.institutionCode } } : { id: { $in: [] } };
}

/** A webhook's signing key: 256 random bits, shown once (registration, rotation). */
export const newWebhookKey = () => randomBytes(32).toString('base64url');

export const notificationService = {
  /** The attempts of these notifications that the principal may see (maySeeAttempts), first first. */
  attempts(em: EntityManager, principal: Principal | null, notificationIds: string[]): Promise<DeliveryAttempt[]> {
    return em.find(
      DeliveryAttempt,
      { $and: [{ notification: { $in: notificationIds } }, attemptsScope(principal)] },
      { orderBy: { attempt: 'asc', createdAt: 'asc' } },
    );
  },

  /** Sent and received notifications in the caller's scope, newest first. Reading them delivers them. */
  async list(em: EntityManager, principal: Principal, filter: NotificationFilter = {}, page: PageArgs = {}) {
    const where: FilterQuery<Notification>[] = [];
    if (filter.received === true) where.push({ recipient: principal.institutionCode });
    if (filter.received === false) where.push({ sender: principal.institutionCode });
    if (filter.unread) where.push({ recipient: principal.institutionCode, acknowledgedAt: null });
    if (filter.overdue) where.push(overdueCondition());
    if (filter.failed) where.push({ failedAt: { $ne: null } });
    if (filter.escalated) where.push({ escalatedAt: { $ne: null } });
    if (filter.kind) where.push({ kind: filter.kind });
    const connection = await paginate(em, Notification, () => ({ $and: where }), page, {
      key: 'createdAt',
      direction: 'desc',
    });
    // Reading delivers: count first where the filter depends on delivery, so the count matches the page.
    const totalCount = filter.overdue ? await connection.totalCount : undefined;
    await notificationService.markRead(
      em,
      principal,
      connection.edges.map((e) => e.node),
    );
    return totalCount === undefined ? connection : { ...connection, totalCount };
  },

  /**
   * The recipient has it: delivered through the hub, if no webhook delivered it first. Called for a page
   * of its inbox it read, and for a push only once the push was written to its open subscription
   * (notification.subscription.ts), never when it is merely loaded to be pushed.
   */
  async markRead(em: EntityManager, principal: Principal, notifications: readonly Notification[]) {
    const ids = notifications.filter((n) => !n.deliveredAt && n.recipient.code === principal.institutionCode).map((n) => n.id);
    if (!ids.length) return;
    const now = new Date();
    await em.nativeUpdate(Notification, { id: { $in: ids }, deliveredAt: null }, { deliveredAt: now, deliveredVia: DeliveryChannel.HUB });
    for (const n of notifications) if (ids.includes(n.id)) Object.assign(n, { deliveredAt: now, deliveredVia: DeliveryChannel.HUB });
  },

  /** The recipient confirms it has taken the notification in: the strongest proof of delivery. */
  async acknowledge(em: EntityManager, principal: Principal, id: string): Promise<Notification> {
    const notification = await em.findOne(Notification, within({ id: parseId(id) }, scopes.receivedNotification(principal)));
    if (!notification) throw notFound('notification addressed to you', id);
    if (notification.acknowledgedAt) {
      throw new ConflictError(`The notification was acknowledged already, on ${notification.acknowledgedAt.toISOString()} by ${notification.acknowledgedBy}.`, {
        details: { field: 'id' },
      });
    }
    notification.acknowledgedAt = new Date();
    notification.acknowledgedBy = principal.subject;
    if (!notification.deliveredAt) {
      notification.deliveredAt = notification.acknowledgedAt;
      notification.deliveredVia = DeliveryChannel.HUB;
    }
    await em.flush();
    return notification;
  },

  /** One endpoint per institution: registering again replaces the URL and the key. */
  registerWebhook(em: EntityManager, principal: Principal, url: string, policy: WebhookPolicy): Promise<{ webhook: Webhook; secret: string }> {
    return notificationService.setWebhook(em, principal.institutionCode, principal.subject, url, policy);
  },

  /** Sets an institution's endpoint (its own, or an operator's for it): the URL checked, a new key. */
  async setWebhook(em: EntityManager, institutionCode: string, by: string, url: string, policy: WebhookPolicy): Promise<{ webhook: Webhook; secret: string }> {
    const checked = assertWebhookUrl(url, policy);
    const secret = newWebhookKey();
    let webhook = await em.findOne(Webhook, { institution: institutionCode });
    if (webhook) Object.assign(webhook, { url: checked, secret, registeredBy: by, active: true });
    else webhook = em.create(Webhook, { institution: institutionCode, url: checked, secret, registeredBy: by });
    await em.flush();
    return { webhook, secret };
  },

  async removeWebhook(em: EntityManager, principal: Principal): Promise<boolean> {
    return (await em.nativeDelete(Webhook, { institution: principal.institutionCode })) > 0;
  },

  getWebhook: (em: EntityManager, principal: Principal) => em.findOne(Webhook, { institution: principal.institutionCode }),
};
