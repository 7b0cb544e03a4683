import { createHash } from 'node:crypto';
import { Entity, Index, Property, Unique, type EntityClass, type Opt } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MiddlewareFn } from 'type-graphql';
import { BaseEntity } from './base.entity.js';
import { ConflictError } from './errors.js';
import { line, TextField } from './input.js';

/**
 * A creating mutation's key, per institution: the first request with it created `resultId`; a retry
 * with the same key and the same input gets that record back instead of a second one (docs/api-guide.md,
 * "Retrying safely"). The same key with another input is refused.
 */
@Entity({ tableName: 'idempotency_key' })
@Unique({ properties: ['institutionCode', 'key'] })
// The sweep forgets keys by age (forgetOldKeys below): without this it read the whole table.
@Index({ properties: ['createdAt'] })
export class IdempotencyKey extends BaseEntity {
  @Property({ type: 'text' }) institutionCode!: string;
  @Property({ type: 'text' }) key!: string;
  /** The mutation, e.g. openChildCase: a key is not reused across mutations. */
  @Property({ type: 'text' }) operation!: string;
  /** SHA-256 of the input as given (without the key), to tell a retry from a reuse. */
  @Property({ type: 'text' }) requestHash!: string;
  // created_at (BaseEntity) dates the key: forgotten after KEY_DAYS.
  @Property({ type: 'uuid', nullable: true })
  resultId?: Opt<string> | null;
}

/** Inputs of mutations that create a record: each declares the optional key with IdempotencyKeyField. */
export interface IdempotentInput {
  idempotencyKey?: string | null;
}

/**
 * The key's field on a creating mutation's input. A decorator on each input, not a base class: the
 * schema keeps the limits of a field (its extensions) on the class that declares it.
 */
export const IdempotencyKeyField = () =>
  TextField(line(100), {
    nullable: true,
    description:
      'A key you draw for this request (e.g. a UUID). Sent again with the same input, it returns the record the first request created, not a second one; with another input it is refused (CONFLICT). Keys are per institution, kept 30 days (docs/api-guide.md, "Retrying safely").',
  });

/** The input's fingerprint: its JSON with keys sorted, without the idempotency key. */
function fingerprint(input: object): string {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([k, v]) => k !== 'idempotencyKey' && v !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => [k, sorted(v)]),
          )
        : value;
  return createHash('sha256')
    .update(JSON.stringify(sorted(input)))
    .digest('hex');
}

/**
 * Runs `create` once per (institution, key): inside the mutation's transaction, the key is claimed
 * first (a concurrent retry waits on the unique index until this one commits or rolls back), then the
 * record is created and tied to it. A later retry returns that record, loaded by `entity`.
 * Without a key, `create` runs as it is.
 */
async function once<T extends { id: string }>(
  em: EntityManager,
  institutionCode: string,
  operation: string,
  input: IdempotentInput,
  entity: EntityClass<T>,
  create: () => Promise<T>,
  populate: readonly string[] = [],
): Promise<T> {
  const key = input.idempotencyKey?.trim();
  if (!key) return create();
  const hash = fingerprint(input);
  const connection = em.getConnection();
  const claimed = await connection.execute<{ id: string }[]>(
    `insert into idempotency_key (institution_code, key, operation, request_hash) values (?, ?, ?, ?)
       on conflict (institution_code, key) do nothing returning id`,
    [institutionCode, key, operation, hash],
    'all',
    em.getTransactionContext(),
  );
  if (claimed.length) {
    const created = await create();
    await connection.execute('update idempotency_key set result_id = ? where id = ?', [created.id, claimed[0]!.id], 'run', em.getTransactionContext());
    return created;
  }
  const [earlier] = await connection.execute<{ operation: string; request_hash: string; result_id: string | null }[]>(
    'select operation, request_hash, result_id from idempotency_key where institution_code = ? and key = ?',
    [institutionCode, key],
    'all',
    em.getTransactionContext(),
  );
  if (!earlier || earlier.operation !== operation || earlier.request_hash !== hash || !earlier.result_id) {
    throw new ConflictError('This idempotencyKey was used for another request: draw a new key for a new request.', {
      messageBg: 'Този idempotencyKey е използван за друга заявка: използвайте нов ключ за нова заявка.',
      details: { field: 'idempotencyKey' },
    });
  }
  return em.findOneOrFail(entity, { id: earlier.result_id } as never, { populate: populate as never });
}

/** How long a key is remembered: a retry comes within minutes; a month covers a client's outage. */
export const KEY_DAYS = 30;

/** Keys older than KEY_DAYS are forgotten (the sweep calls it): the same key may then create again. */
export async function forgetOldKeys(em: EntityManager, days = KEY_DAYS): Promise<number> {
  return em.nativeDelete(IdempotencyKey, { createdAt: { $lt: new Date(Date.now() - days * 86_400_000) } });
}

/**
 * A creating mutation's middleware: its `input` may carry an idempotency key (IdempotentInput), and the
 * record comes from `once`, keyed by the mutation's name. It runs inside the mutation's transaction.
 */
export const Idempotent =
  <T extends { id: string }>(
    entity: EntityClass<T>,
    /** What the policy reads on the record besides its own columns (a measure's plan and its kind), loaded on a retry as the first answer had it. */
    populate: readonly string[] = [],
  ): MiddlewareFn<{ em: EntityManager; principal?: { institutionCode: string } | null }> =>
  ({ args, context, info }, next) =>
    once(context.em, context.principal!.institutionCode, info.fieldName, args.input as IdempotentInput, entity, () => next() as Promise<T>, populate);
