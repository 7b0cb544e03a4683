import { DataClass, INSTITUTION_ROLES } from '../../access/policy.js';
import type { HubModule } from '../module.js';
import { scopes } from '../scopes.js';
import { DeliveryAttempt, Notification, Webhook } from './notification.entity.js';
import { NotificationResolver, WebhookResolver } from './notification.resolver.js';
import { NotificationSubscriptionResolver } from './notification.subscription.js';

const { NOTIFICATION, NOTIFICATION_CONTENT, WEBHOOK, OPERATIONS } = DataClass;

/** The notifications the law obliges between institutions, their push and webhook delivery. */
export const notificationsModule: HubModule = {
  entities: [Notification, DeliveryAttempt, Webhook],
  resolvers: [NotificationResolver, NotificationSubscriptionResolver, WebhookResolver],
  rowScopes: { Notification: scopes.notification },
  nodes: [Notification],
  policy: {
    query: { notifications: NOTIFICATION, webhook: WEBHOOK, institutionWebhooks: OPERATIONS, webhookAttempts: OPERATIONS },
    subscription: { notificationReceived: NOTIFICATION_CONTENT },
    types: {
      Notification: { '*': NOTIFICATION, content: NOTIFICATION_CONTENT },
      // Rows: the recipient's and ADMIN's only, never the sender's (it sees deliveredAt, not the recipient's
      // endpoint or errors): Notification.attempts is null otherwise, and its query is scoped (notification.service.ts).
      DeliveryAttempt: { '*': NOTIFICATION },
      Webhook: { '*': WEBHOOK },
      WebhookRegistration: { '*': WEBHOOK },
      InstitutionWebhook: { '*': OPERATIONS },
      WebhookAttempt: { '*': OPERATIONS },
      WebhookKey: { '*': OPERATIONS },
    },
    mutations: {
      acknowledgeNotification: { dataClass: NOTIFICATION, roles: INSTITUTION_ROLES },
      registerWebhook: { dataClass: WEBHOOK, roles: INSTITUTION_ROLES },
      removeWebhook: { dataClass: WEBHOOK, roles: INSTITUTION_ROLES },
      // The operators' side of the webhooks (docs/notifications.md, "Operating the webhooks").
      registerInstitutionWebhook: { dataClass: OPERATIONS, roles: ['ADMIN'] },
      rotateWebhookKey: { dataClass: OPERATIONS, roles: ['ADMIN'] },
      sendTestDelivery: { dataClass: OPERATIONS, roles: ['ADMIN'] },
      retryDelivery: { dataClass: OPERATIONS, roles: ['ADMIN'] },
    },
  },
};
