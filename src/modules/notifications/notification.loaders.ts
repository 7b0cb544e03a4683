import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { scopes, within } from '../scopes.js';
import { byKey, childrenOf } from '../../read/loaders.js';
import { type DeliveryAttempt, Notification } from './notification.entity.js';
import { notificationService } from './notification.service.js';

export function notificationLoaders(em: EntityManager, principal: Principal | null) {
  return {
    /** The content, for the recipient only: senders and ADMIN get null (scopes.receivedNotification). */
    notificationContent: byKey(
      async (ids: string[]) =>
        principal ? em.find(Notification, within({ id: { $in: ids } }, scopes.receivedNotification(principal)), { fields: ['id', 'content'] }) : [],
      (n) => n.id,
    ),
    /** Delivery attempts, scoped in SQL to those the principal may see (notificationService.attempts). */
    attemptsOf: childrenOf(
      (ids) => notificationService.attempts(em, principal, ids),
      (a: DeliveryAttempt) => a.notification!.id,
    ),
  };
}
