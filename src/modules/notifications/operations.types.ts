import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { CODE, IntField, TextField } from '../../shared/input.js';
import { InstitutionType } from '../reference/reference.types.js';
import { AttemptOutcome } from '../../domain/notifications.js';

/** How many calls of an endpoint one webhookAttempts returns. */
export const ATTEMPTS_DEFAULT = 20;
const ATTEMPTS_MAX = 100;

// What the operators (ADMIN) see of the institutions' endpoints: where, since when, by whom, and how
// the calls went. Never a notification's content, nor the signing key but once, when it is made.

@ObjectType('WebhookAttempt', { description: "One call of an institution's endpoint: a notification's delivery attempt or a test delivery." })
export class WebhookAttemptType {
  @Field(() => ID) id!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int, { description: "1 for a notification's first attempt (and for a test delivery)." }) attempt!: number;
  @Field(() => ID, { nullable: true, description: 'The notification delivered; null: a test delivery.' }) notificationId!: string | null;
  @Field(() => Boolean, { description: 'A test delivery (sendTestDelivery): no notification, no personal data.' }) test!: boolean;
  @Field(() => String) url!: string;
  @Field(() => AttemptOutcome) outcome!: AttemptOutcome;
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the answer; null: no answer (see error).' }) statusCode!: number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int) durationMs!: number;
}

@ObjectType('InstitutionWebhook', { description: 'An institution and its endpoint for notifications, if one is registered (ADMIN).' })
export class InstitutionWebhookType {
  @Field(() => InstitutionType) institution!: InstitutionType;
  @Field(() => String, { nullable: true, description: 'null: no endpoint; notifications wait in the inbox.' }) url!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the endpoint or its key was last set.' }) updatedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who set it: the user or account (token subject).' }) registeredBy!: string | null;
}

@ObjectType('WebhookKey', { description: 'An endpoint with its new signing key (ADMIN).' })
export class WebhookKeyType {
  @Field(() => InstitutionWebhookType) webhook!: InstitutionWebhookType;
  @Field(() => String, { description: 'The HMAC-SHA256 key to check signatures with. Shown only now: hand it to the institution, keep it nowhere else.' })
  secret!: string;
}

@ArgsType()
export class WebhookAttemptsArgs {
  @TextField(CODE, { description: 'The institution, e.g. RZI-BLG.' }) institutionCode!: string;
  @IntField({ min: 1, max: ATTEMPTS_MAX }, { nullable: true, description: `How many, newest first (default ${ATTEMPTS_DEFAULT}).` }) first?: number;
}
