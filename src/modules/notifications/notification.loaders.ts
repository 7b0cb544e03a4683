import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { scopes, within } from '../../access/scopes.js';
import { byKey, childrenOf } from '../../shared/loaders.js';
import { DeliveryAttempt, Notification } from './notification.entity.js';

export function notificationLoaders(em: EntityManager, principal: Principal | null) {
  return {
    /** The content, for the recipient only: senders and ADMIN get null (scopes.receivedNotification). */
    notificationContent: byKey(
      async (ids: string[]) =>
        principal ? em.find(Notification, within({ id: { $in: ids } }, scopes.receivedNotification(principal)), { fields: ['id', 'content'] }) : [],
      (n) => n.id,
    ),
    attemptsOf: childrenOf(
      (ids) => em.find(DeliveryAttempt, { notification: { $in: ids } }, { orderBy: { attempt: 'asc', createdAt: 'asc' } }),
      (a) => a.notification.id,
    ),
  };
}
