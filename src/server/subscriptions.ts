import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Authenticate } from '../access/authenticate.js';
import type { Principal } from '../access/principal.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { WITHHELD, writeAccessLog } from '../audit/audit.plugin.js';
import { AppError } from '../shared/errors.js';
import type { Context } from './context.js';

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the same path as HTTP. The client sends its
 * bearer token (and purpose) in the connection_init payload: `{ authorization: "Bearer …", purpose }`;
 * a connection without a valid token is closed (4403). Every pushed event that reads personal data
 * gets its own access log entry, and is withheld if the entry cannot be written.
 */
export function serveSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  authenticate: Authenticate;
  validationRules: readonly ValidationRule[];
  contextFor: (principal: Principal, requestId: string, log: Logger) => Context;
  orm: MikroORM;
  log: Logger;
}) {
  const { httpServer, schema, authenticate, contextFor, orm, log } = options;
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const principals = new WeakMap<object, Principal>();
  const rules = [...specifiedRules, ...options.validationRules];
  return useServer<Record<string, unknown>, { principal?: Principal }>(
    {
      schema,
      validate: (s, document) => validate(s, document, rules),
      onConnect: async (ctx) => {
        const { authorization, purpose } = ctx.connectionParams ?? {};
        try {
          const principal = await authenticate(typeof authorization === 'string' ? authorization : undefined, typeof purpose === 'string' ? purpose : undefined);
          if (!principal) return false;
          principals.set(ctx.extra, principal);
          return true;
        } catch (error) {
          if (error instanceof AppError) return false;
          throw error;
        }
      },
      context: (ctx, id) => contextFor(principals.get(ctx.extra)!, `ws-${id}-${randomUUID()}`, log),
      onNext: async (_ctx, _id, payload, args, result) => {
        const context = args.contextValue as Context;
        try {
          await writeAccessLog(orm, context, { type: 'subscription', name: payload.operationName ?? null, data: result.data, errors: result.errors });
          context.audit = new AuditTrail();
        } catch (error) {
          log.error({ err: error, requestId: context.requestId }, 'could not write the access log entry: event withheld');
          return { errors: [WITHHELD] };
        }
      },
    },
    wss,
  );
}
