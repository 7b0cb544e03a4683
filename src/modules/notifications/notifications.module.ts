import type { HubModule } from '../module.js';
import { scopes } from '../scopes.js';
import { DeliveryAttempt, Notification, Webhook } from './notification.entity.js';
import { NotificationResolver, WebhookResolver } from './notification.resolver.js';
import { NotificationSubscriptionResolver } from './notification.subscription.js';

/** The notifications the law obliges between institutions, their push and webhook delivery. */
export const notificationsModule: HubModule = {
  entities: [Notification, DeliveryAttempt, Webhook],
  resolvers: [NotificationResolver, NotificationSubscriptionResolver, WebhookResolver],
  rowScopes: { Notification: scopes.notification },
  nodes: [Notification],
};
