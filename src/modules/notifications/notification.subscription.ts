import { on } from 'node:events';
import { Resolver, Root, Subscription } from 'type-graphql';
import { scopes, within } from '../../access/scopes.js';
import type { Context } from '../../server/context.js';
import { ServiceUnavailableError } from '../../shared/errors.js';
import { Notification } from './notification.entity.js';
import { notificationService } from './notification.service.js';
import { NotificationType } from './notification.types.js';

/**
 * The caller's institution's notifications as they are committed, in any hub process (the runtime
 * re-emits PostgreSQL NOTIFY). Each is loaded under the caller's scope in SQL; the recipient check
 * before it only spares the query for notifications addressed elsewhere.
 */
async function* receivedBy(ctx: Context): AsyncGenerator<Notification> {
  const principal = ctx.principal!;
  if (!ctx.notificationEvents) throw new ServiceUnavailableError('Notifications are not running in this process: try again shortly.');
  const stop = new AbortController();
  try {
    for await (const [event] of on(ctx.notificationEvents, 'notification', { signal: stop.signal }) as AsyncIterable<[{ id: string; recipient: string }]>) {
      if (event.recipient !== principal.institutionCode) continue;
      const em = ctx.em.fork();
      const notification = await em.findOne(Notification, within({ id: event.id }, scopes.receivedNotification(principal)));
      if (!notification) continue;
      await notificationService.markRead(em, principal, [notification]);
      yield notification;
    }
  } finally {
    stop.abort();
  }
}

@Resolver(() => NotificationType)
export class NotificationSubscriptionResolver {
  @Subscription(() => NotificationType, {
    subscribe: ({ context }) => receivedBy(context as Context),
    description: 'Notifications addressed to your institution, pushed as they are created (graphql-ws on /graphql). A push delivers it.',
  })
  notificationReceived(@Root() notification: Notification): Notification {
    return notification;
  }
}
