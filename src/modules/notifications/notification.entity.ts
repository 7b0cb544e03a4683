import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { Institution } from '../reference/institution.entity.js';
import { AttemptOutcome, DeliveryChannel, NotificationKind } from '../../domain/notifications.js';

/**
 * One statutory notification to one institution: the outbox row, written in the same transaction as
 * the event that causes it (a failing transaction leaves neither), then delivered by the hub.
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'createdAt'] })
@Index({ properties: ['sender', 'createdAt'] })
export class Notification extends BaseEntity {
  @Enum({ items: () => NotificationKind, type: 'string' })
  kind!: NotificationKind;

  /** The rule it serves, e.g. "Art. 14 p.11". */
  @Property({ type: 'text' })
  article!: string;

  /** null: the hub itself (escalations of overdue notifications). */
  @ManyToOne(() => Institution, { fieldName: 'sender_code', nullable: true })
  sender?: Institution | null;

  @ManyToOne(() => Institution, { fieldName: 'recipient_code' })
  recipient!: Institution;

  /** The record it is about: its GraphQL type and id. */
  @Property({ type: 'text' })
  subjectType!: string;

  @Index()
  @Property({ type: 'uuid' })
  subjectId!: string;

  /** What the recipient is told: only the sections its statutory view allows (notification.rules.ts). */
  @Property({ type: 'json' })
  content!: Record<string, unknown>;

  @Index()
  @Property({ type: 'datetime' })
  dueBy!: Date;

  /** Where the deadline comes from: the article, or the hub's default where the law sets none. */
  @Property({ type: 'text' })
  dueBasis!: string;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;

  @Enum({ items: () => DeliveryChannel, type: 'string', nullable: true })
  deliveredVia?: DeliveryChannel | null;

  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  acknowledgedBy?: string | null;

  /** The webhook gave up after its last attempt. */
  @Property({ type: 'datetime', nullable: true })
  failedAt?: Date | null;

  /** Overdue and reported to the COORDINATOR. */
  @Property({ type: 'datetime', nullable: true })
  escalatedAt?: Date | null;

  /** Claimed by a hub process for delivery (the outbox dispatcher); the sweep finds those still null. */
  @Index()
  @Property({ type: 'datetime', nullable: true })
  dispatchedAt?: Date | null;
}

/** One attempt to deliver a notification (or a test delivery) to a webhook, whatever its outcome. */
@Entity({ tableName: 'delivery_attempt' })
export class DeliveryAttempt extends BaseEntity {
  /** null: a test delivery (sendTestDelivery), which carries no notification and no personal data. */
  @ManyToOne(() => Notification, { index: true, deleteRule: 'cascade', nullable: true })
  notification?: Notification | null;

  /**
   * The institution whose endpoint was called: the operators' list of an endpoint's attempts reads it.
   * null on attempts recorded before it was kept (their notification's recipient says whose).
   */
  @ManyToOne(() => Institution, { fieldName: 'institution_code', nullable: true, index: true })
  institution?: Institution | null;

  @Property({ type: 'integer' })
  attempt!: number;

  @Property({ type: 'text' })
  url!: string;

  @Enum({ items: () => AttemptOutcome, type: 'string' })
  outcome!: AttemptOutcome;

  @Property({ type: 'integer', nullable: true })
  statusCode?: number | null;

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'integer' })
  durationMs!: number;
}

/** An institution's endpoint for notifications; one per institution (registering again replaces it). */
@Entity({ tableName: 'webhook' })
@Unique({ properties: ['institution'] })
export class Webhook extends BaseEntity {
  @ManyToOne(() => Institution, { fieldName: 'institution_code' })
  institution!: Institution;

  @Property({ type: 'text' })
  url!: string;

  /** The HMAC-SHA256 key, shown once at registration; the hub needs it to sign. */
  @Property({ type: 'text', hidden: true })
  secret!: string;

  @Property({ type: 'text' })
  registeredBy!: string;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
