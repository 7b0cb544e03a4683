import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay.js';
import { NodeInterface } from '../node/node.type.js';
import { AttemptOutcome, DeliveryChannel, NotificationKind } from '../../domain/notifications.js';

@ObjectType('Notification', {
  implements: NodeInterface,
  description: 'A statutory notification from one institution to another, with its deadline and proof of delivery.',
})
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => String, { description: 'The rule it serves, e.g. "Art. 14 p.11".' }) article!: string;
  @Field(() => String, { description: 'GraphQL type of the record it is about: look it up with node(id) if your view allows.' }) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => Date, { description: 'When it was created, with the event.' }) createdAt!: Date;
  @Field(() => Date, { description: 'Deliver by this instant (see dueBasis).' }) dueBy!: Date;
  @Field(() => String, { description: 'Where the deadline comes from: an article, or the hub default where the law sets none.' }) dueBasis!: string;
  @Field(() => Date, { nullable: true }) deliveredAt?: Date | null;
  @Field(() => DeliveryChannel, { nullable: true }) deliveredVia?: DeliveryChannel | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'The user or account that acknowledged it.' }) acknowledgedBy?: string | null;
  @Field(() => Date, { nullable: true, description: 'The webhook gave up after its last attempt.' }) failedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Reported to the COORDINATOR as overdue.' }) escalatedAt?: Date | null;
}

@ObjectType('DeliveryAttempt', { description: "One attempt to POST a notification to the recipient's webhook." })
export class DeliveryAttemptType {
  @Field(() => Int, { description: '1 for the first attempt.' }) attempt!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) url!: string;
  @Field(() => AttemptOutcome) outcome!: AttemptOutcome;
  @Field(() => Int, { nullable: true }) statusCode?: number | null;
  @Field(() => String, { nullable: true }) error?: string | null;
  @Field(() => Int) durationMs!: number;
}

export const NotificationConnection = ConnectionType('Notification', NotificationType);

@InputType({ description: 'Each condition narrows the list; none: everything you sent or received.' })
export class NotificationFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: received and not yet acknowledged.' }) unread?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'true: not delivered, and past its due-by.' }) overdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'true: the webhook gave up.' }) failed?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'true: reported to the COORDINATOR as overdue.' }) escalated?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'true: those you received; false: those you sent.' }) received?: boolean;
  @Field(() => NotificationKind, { nullable: true }) kind?: NotificationKind;
}

@ObjectType('Webhook', { description: "Your institution's endpoint for notifications (docs/notifications.md)." })
export class WebhookType {
  @Field(() => String) url!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) registeredBy!: string;
}

@ObjectType('WebhookRegistration')
export class WebhookRegistrationType {
  @Field(() => WebhookType) webhook!: WebhookType;
  @Field(() => String, { description: 'The HMAC-SHA256 key to check signatures with. Shown only now: keep it secret.' }) secret!: string;
}

export { GraphQLJSONObject };
