import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Principal } from '../access/principal.js';
import type { PolicyContext } from '../access/shield.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Loaders } from './loaders.js';
import type { WebhookPolicy } from './notifications/webhook-url.js';
import type { NotificationRuntime } from './notifications/delivery/runtime.js';
import type { ReadPath } from '../read/json-read.js';
import type { CompiledText } from '../read/json-text.js';

/** Everything a resolver may use, built afresh for each request; the policy's rules take their part of it. */
export interface Context extends PolicyContext {
  requestId: string;
  /** null for an anonymous request (public reference data only). */
  principal: Principal | null;
  /** Forked per request (on first use): never share an identity map between principals. */
  em: EntityManager;
  /**
   * The application's entity manager, not forked: for statements that build no entities (the JSON
   * read path, read/json-read.ts), which need only its connection and metadata. MikroORM refuses
   * its identity-map methods (find, persist) on it, so it cannot stand in for `em` by mistake.
   */
  reader: EntityManager;
  loaders: Loaders;
  /** Personal data this request read or was refused, for the access log. */
  audit: AuditTrail;
  log: Logger;
  /** The caller's pseudonym of a person (NGOs' view of identity, access/pseudonym.ts). */
  pseudonym: (beneficiaryId: string) => string;
  /** Aggregates suppress groups smaller than this (config SMALL_CELL_THRESHOLD). */
  smallCellThreshold: number;
  /** How root reads fetch their rows (config.readPath): read/json-read.ts jsonSelection reads it. */
  readPath: ReadPath;
  /** The passthrough's statement for this request's root rows, where the direct path compiled one (server/direct-read.ts). */
  text?: { type: string; compiled: CompiledText };
  /** Which webhook URLs may be registered (config WEBHOOK_ALLOWED_HOSTS, production or not). */
  webhookPolicy: WebhookPolicy;
  /** Committed notifications, from every hub process (absent where the delivery runtime is not started). */
  notificationEvents?: NotificationRuntime['events'];
}
