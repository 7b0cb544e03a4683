import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../modules/context.js';
import { auditService, type AuditFields } from './audit.service.js';
import type { Principal } from '../access/principal.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { serviceUnavailable } from '../shared/errors.js';

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'PURPOSE_REQUIRED']);

function outcomeOf(data: unknown, errors: readonly GraphQLFormattedError[] | undefined): string {
  if (!errors?.length) return 'SUCCESS';
  const refused = errors.every((e) => REFUSALS.has(String(e.extensions?.code)));
  if (data === null || data === undefined) return refused ? 'DENIED' : 'ERROR';
  return 'PARTIAL';
}

/** The access log entry of what a principal did: who, for which purpose, from the principal; what, from the operation. */
export function principalEntry(
  principal: Principal,
  requestId: string,
  operation: { type: string; name: string | null; records: Record<string, string[]>; outcome: string },
): AuditFields {
  return {
    at: new Date(),
    requestId,
    role: principal.role,
    institutionCode: principal.institutionCode,
    unit: principal.unit,
    subject: principal.subject,
    purpose: principal.purpose,
    operationName: operation.name,
    operationType: operation.type,
    records: operation.records,
    outcome: operation.outcome,
  };
}

/** Writes the access log entry of one operation on personal data (HTTP request or pushed event). */
export async function writeAccessLog(
  orm: MikroORM,
  ctx: Context,
  operation: { type: string; name: string | null; data: unknown; errors: readonly GraphQLFormattedError[] | undefined },
): Promise<void> {
  if (!ctx.audit || ctx.audit.empty || !ctx.principal) return;
  // The global manager: append only takes its connection, no entity goes through a unit of work.
  await auditService.append(
    orm.em,
    principalEntry(ctx.principal, ctx.requestId, {
      type: operation.type,
      name: operation.name,
      records: ctx.audit.records(),
      outcome: outcomeOf(operation.data, operation.errors),
    }),
  );
}

/**
 * Writes the access log entry of every request that read, wrote or was refused personal data,
 * before the response leaves. If the entry cannot be written, the data does not leave either.
 */
export function auditPlugin(orm: MikroORM, log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response, operation, operationName }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          try {
            await writeAccessLog(orm, ctx, { type: operation?.operation ?? 'query', name: operationName ?? null, data: result.data, errors: result.errors });
          } catch (error) {
            result.data = null;
            result.errors = [withheld(error, log, ctx.requestId)];
          }
        },
      };
    },
  };
}

/**
 * What the caller gets instead of data whose access could not be recorded: SERVICE_UNAVAILABLE if the
 * database is away (the client may retry), else INTERNAL_SERVER_ERROR. Logged with the request id.
 */
export function withheld(error: unknown, log: Logger, requestId: string): GraphQLFormattedError {
  const away = isDatabaseUnavailable(error);
  log[away ? 'warn' : 'error']({ err: error, requestId }, 'could not write the access log entry: data withheld');
  return away ? serviceUnavailable() : WITHHELD;
}

/** What the caller gets instead of data whose access could not be recorded. */
const WITHHELD = {
  message: 'The access could not be recorded in the access log, so no data is returned. Try again; quote the request id if it persists.',
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
};
