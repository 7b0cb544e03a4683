import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import { Root } from '../../shared/root.js';
import { CODE, IdArg, TextArg, line } from '../../shared/input.js';
import type { Context } from '../context.js';
import { PageArgs } from '../../shared/relay.js';
import { InstitutionType } from '../reference/reference.types.js';
import { disclosedRecords } from './delivery/disclosure.js';
import type { Notification } from './notification.entity.js';
import { isOverdue, maySeeAttempts, notificationService } from './notification.service.js';
import {
  DeliveryAttemptType,
  GraphQLJSONObject,
  NotificationConnection,
  NotificationFilter,
  NotificationType,
  WebhookRegistrationType,
  WebhookType,
} from './notification.types.js';
import { webhookOperations } from './operations.service.js';
import { InstitutionWebhookType, WebhookAttemptType, WebhookAttemptsArgs, WebhookKeyType } from './operations.types.js';

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Notifications your institution received or sent, newest first. Reading one you received delivers it.' })
  notifications(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NotificationFilter, { nullable: true }) filter: NotificationFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    return notificationService.list(ctx.em, ctx.principal!, filter, page);
  }

  @Mutation(() => NotificationType, { description: 'Confirms that your institution has taken in a notification addressed to it.' })
  acknowledgeNotification(@IdArg('id') id: string, @Ctx() ctx: Context) {
    return notificationService.acknowledge(ctx.em, ctx.principal!, id);
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'null: the hub itself (escalations).' })
  sender(@Root() notification: Notification, @Ctx() ctx: Context) {
    return notification.sender ? ctx.loaders.institution.load(notification.sender.code) : null;
  }

  @FieldResolver(() => InstitutionType)
  recipient(@Root() notification: Notification, @Ctx() ctx: Context) {
    return ctx.loaders.institution.load(notification.recipient.code);
  }

  // Nullable: the content is the recipient's only (its statutory view); the sender and ADMIN see the rest.
  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: "What the recipient is told, limited to the recipient's statutory view." })
  async content(@Root() notification: Notification, @Ctx() ctx: Context) {
    const found = await ctx.loaders.notificationContent.load(notification.id);
    // The content names persons: the access log records them, so whoAccessed finds an inbox read or a
    // subscription push as it finds a webhook delivery of the same content.
    if (found) ctx.audit.disclose(disclosedRecords(found));
    return found?.content ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Not delivered, and past its due-by. Reading one you received delivers it (late: deliveredAt after dueBy).' })
  overdue(@Root() notification: Notification) {
    return isOverdue(notification);
  }

  // Nullable: the attempts show the recipient's endpoint and its errors, the recipient's and ADMIN's
  // only; the sender learns that and when it was delivered (deliveredAt), not where or what failed.
  @FieldResolver(() => [DeliveryAttemptType], {
    nullable: true,
    description:
      "Attempts to POST it to the recipient's webhook, first first. null unless you are its recipient (or ADMIN): a sender sees deliveredAt, not the recipient's endpoint.",
  })
  attempts(@Root() notification: Notification, @Ctx() ctx: Context) {
    return maySeeAttempts(ctx.principal, notification) ? ctx.loaders.attemptsOf.load(notification.id) : null;
  }
}

@Resolver(() => WebhookType)
export class WebhookResolver {
  @Query(() => WebhookType, { nullable: true, description: "Your institution's webhook, if registered." })
  webhook(@Ctx() ctx: Context) {
    return notificationService.getWebhook(ctx.em, ctx.principal!);
  }

  @Mutation(() => WebhookRegistrationType, { description: "Registers (or replaces) your institution's endpoint; returns the signing key once." })
  registerWebhook(@TextArg('url', line(2000), { description: 'An https URL of your institution.' }) url: string, @Ctx() ctx: Context) {
    return notificationService.registerWebhook(ctx.em, ctx.principal!, url, ctx.webhookPolicy);
  }

  @Mutation(() => Boolean, { description: "Removes your institution's endpoint: notifications wait in the inbox." })
  removeWebhook(@Ctx() ctx: Context) {
    return notificationService.removeWebhook(ctx.em, ctx.principal!);
  }

  // The operators' side (ADMIN; docs/notifications.md, "Operating the webhooks"): any institution's
  // endpoint, and the calls it got. No notification content is read or sent here.

  @Query(() => [InstitutionWebhookType], { description: 'ADMIN: every institution that receives notifications, with its endpoint if one is registered.' })
  institutionWebhooks(@Ctx() ctx: Context) {
    return webhookOperations.list(ctx.em);
  }

  @Query(() => [WebhookAttemptType], {
    description: "ADMIN: the latest calls of an institution's endpoint, newest first: delivery attempts and test deliveries.",
  })
  webhookAttempts(@Args(() => WebhookAttemptsArgs) args: WebhookAttemptsArgs, @Ctx() ctx: Context) {
    return webhookOperations.attempts(ctx.em, args.institutionCode, args.first);
  }

  @Mutation(() => WebhookKeyType, { description: "ADMIN: registers (or replaces) an institution's endpoint for it; returns the signing key once." })
  registerInstitutionWebhook(
    @TextArg('institutionCode', CODE) institutionCode: string,
    @TextArg('url', line(2000), { description: 'An https URL of the institution.' }) url: string,
    @Ctx() ctx: Context,
  ) {
    return webhookOperations.register(ctx.em, ctx.principal!, institutionCode, url, ctx.webhookPolicy);
  }

  @Mutation(() => WebhookKeyType, { description: "ADMIN: a new signing key for an institution's endpoint, returned once; the old key signs nothing more." })
  rotateWebhookKey(@TextArg('institutionCode', CODE) institutionCode: string, @Ctx() ctx: Context) {
    return webhookOperations.rotateKey(ctx.em, ctx.principal!, institutionCode);
  }

  @Mutation(() => WebhookAttemptType, {
    description:
      "ADMIN: POSTs a signed test body (kind TEST, no personal data) to an institution's endpoint now and returns the call's outcome, kept among its attempts.",
  })
  sendTestDelivery(@TextArg('institutionCode', CODE) institutionCode: string, @Ctx() ctx: Context) {
    return webhookOperations.sendTest(ctx.em, institutionCode, ctx.webhookPolicy);
  }

  @Mutation(() => NotificationType, { description: "ADMIN: delivers a failed notification again through the recipient's webhook (its attempts count on)." })
  retryDelivery(@IdArg('id') id: string, @Ctx() ctx: Context) {
    return webhookOperations.retry(ctx.em, id);
  }
}
