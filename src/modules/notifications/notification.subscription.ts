import { on } from 'node:events';
import { Resolver, Subscription } from 'type-graphql';
import { Root } from '../../shared/root.js';
import { scopes, within } from '../scopes.js';
import type { Context } from '../context.js';
import { receiptOf } from './push-receipt.js';
import { ServiceUnavailableError } from '../../shared/errors.js';
import type { NotificationEvent } from './delivery/runtime.js';
import { Notification } from './notification.entity.js';
import { notificationService } from './notification.service.js';
import { NotificationType } from './notification.types.js';

/**
 * The caller's institution's notifications as they are committed, in any hub process (the runtime
 * re-emits PostgreSQL NOTIFY). Each is loaded under the caller's scope in SQL; the recipient check
 * before it only spares the query for notifications addressed elsewhere.
 *
 * A push delivers a notification only once the hub has written it to this subscription, still open
 * on an open socket (push-receipt.ts; docs/notifications.md, "Delivered"): it is marked
 * delivered after the `next` is written, never when it is merely loaded or yielded, so one the
 * subscriber completed or disconnected before receiving stays undelivered and is escalated when
 * overdue (Art. 19).
 */
function receivedBy(ctx: Context): AsyncIterableIterator<Notification> {
  const principal = ctx.principal!;
  const emitter = ctx.notificationEvents;
  if (!emitter) {
    // biome-ignore lint/correctness/useYield: it yields nothing: its first step refuses the subscription.
    return (async function* refused(): AsyncGenerator<Notification> {
      throw new ServiceUnavailableError('Notifications are not running in this process: try again shortly.');
    })();
  }
  const events = on(emitter, 'notification') as AsyncIterableIterator<[NotificationEvent]>;
  let ended = false;

  async function* pushes(): AsyncGenerator<Notification> {
    for await (const [event] of events) {
      if (event.recipient !== principal.institutionCode) continue;
      const em = ctx.em.fork();
      const notification = await em.findOne(Notification, within({ id: event.id }, scopes.receivedNotification(principal)));
      // Completed or closed while it loaded: nothing is sent for a subscription that has ended.
      if (!notification || ended) continue;
      yield notification;
      // Resumed once graphql-ws has written the `next` (or found the socket closed and written nothing);
      // a complete or close while it was being written ended this generator at the yield instead.
      if (!receiptOf(ctx)?.written()) continue;
      try {
        await notificationService.markRead(em, principal, [notification]);
      } catch (error) {
        // It stays undelivered (escalated if overdue, found in the inbox): the subscription goes on.
        ctx.log.error({ err: error, notification: notification.id }, 'recording a pushed notification as delivered failed');
      }
    }
  }
  const generator = pushes();

  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => generator.next(),
    // An async generator takes return() only at a yield: while it waits for the next event it would
    // go on to load and yield one more, and graphql-ws would send it after the subscriber's complete
    // (or its socket's close). Ending the event stream first ends the wait at once.
    async return() {
      ended = true;
      await events.return?.();
      return generator.return(undefined);
    },
    throw: (error: unknown) => generator.throw(error),
  };
}

@Resolver(() => NotificationType)
export class NotificationSubscriptionResolver {
  @Subscription(() => NotificationType, {
    subscribe: ({ context }) => receivedBy(context as Context),
    description:
      'Notifications addressed to your institution, pushed as they are created (graphql-ws on /graphql). A push delivers it once the hub has written it to your open subscription (deliveredVia HUB); the pushed fields show it as it was before that push.',
  })
  notificationReceived(@Root() notification: Notification): Notification {
    return notification;
  }
}
