import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { ExecutionResult } from 'graphql-ws';
import { CloseCode, handleProtocols, type Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticate } from '../access/authenticate.js';
import type { Principal } from '../access/principal.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { withheld, writeAccessLog } from '../audit/audit.plugin.js';
import type { Config } from '../config/config.js';
import { AppError, ErrorCode } from '../shared/errors.js';
import type { Context } from '../modules/context.js';
import { attachReceipt, PushReceipt, receiptOf } from '../modules/notifications/push-receipt.js';
import { withoutSuggestions } from './suggestions.js';

// One error for every message that arrives after a flood closed its connection: nothing is sent anyway.
const FLOODED = new GraphQLError('Too many messages', { extensions: { code: 'TOO_MANY_MESSAGES' } });

type Ctx = WsContext<Record<string, unknown>, { principal?: Principal }>;

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the same path as HTTP, in the
 * graphql-transport-ws subprotocol only: a client offering only others (the legacy `graphql-ws` of
 * subscriptions-transport-ws) is refused in the handshake (400), one offering none is closed with
 * 4406 (docs/notifications.md, "Real time"). The client sends its
 * bearer token (and purpose) in the connection_init payload: `{ authorization: "Bearer …", purpose }`;
 * a connection without a valid token is closed (4403), and one whose token expires is closed then
 * (4401), as is one whose token is refused when checked again after the key set may have changed. Every pushed event that reads personal data gets its own access log entry, and is withheld
 * if the entry cannot be written.
 *
 * What one client can make the hub hold is bounded: a message larger than `maxMessageBytes` closes
 * the connection (1009) before it is buffered whole; connection_init must come within the timeout
 * (4408); documents obey the token limit of HTTP; and subscriptions are capped per connection and per
 * user (institution and subject), each one over the cap refused with TOO_MANY_SUBSCRIPTIONS.
 */
export function serveSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  authenticate: Authenticate;
  /** The rate limit of a handshake by its address: null when admitted, else the seconds to wait. */
  admitHandshake: (address: string) => Promise<number | null>;
  validationRules: readonly ValidationRule[];
  contextFor: (principal: Principal, requestId: string, log: Logger) => Context;
  orm: MikroORM;
  log: Logger;
  limits: Config['websocket'];
  maxTokens: number;
  /** Told the code of each error a subscription is answered with (the metrics' refusals). */
  onRefused?: (code: string) => void;
  /** Take graphql-js's "Did you mean …" out of errors, as HTTP does (server/suggestions.ts). */
  hideSuggestions?: boolean;
}) {
  const { httpServer, schema, authenticate, contextFor, orm, log, limits, maxTokens } = options;
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: limits.maxMessageBytes,
    // A client that offers subprotocols, none of them graphql-transport-ws (subscriptions-transport-ws
    // offers only the legacy `graphql-ws`), is refused in the handshake: 400, nothing upgraded. ws
    // would otherwise complete it naming no subprotocol (graphql-ws's handleProtocols answers false),
    // which such a client (browsers, ws) fails on its side before it can read graphql-ws's 4406 close.
    // A client that offers none is upgraded and closed with 4406 by graphql-ws, which it can read.
    verifyClient: ({ req }, done) => {
      const offered = req.headers['sec-websocket-protocol'];
      if (offered !== undefined && !handleProtocols(offered))
        return done(false, 400, 'Subprotocol not acceptable: this endpoint speaks graphql-transport-ws only');
      // The rate limit of anonymous requests, by address (rate-limit.ts): each token tried over a socket costs a handshake.
      options.admitHandshake(req.socket.remoteAddress ?? '').then(
        (seconds) => (seconds === null ? done(true) : done(false, 429, `Too many requests: try again in ${seconds} s.`, { 'Retry-After': String(seconds) })),
        () => done(false, 500, 'Internal Server Error'),
      );
    },
  });
  const principals = new WeakMap<object, Principal>();
  // The open connections of each user, to count their subscriptions (graphql-ws keeps each
  // connection's own in ctx.subscriptions, from subscribe until complete).
  const connectionsOf = new Map<string, Set<Ctx>>();
  const userOf = (p: Principal) => `${p.institutionCode}\u0000${p.subject}`;
  const expiries = new WeakMap<object, NodeJS.Timeout>();
  const rechecks = new WeakMap<object, NodeJS.Timeout>();
  const rules = [...specifiedRules, ...options.validationRules];
  const tooMany = (message: string) => [new AppError(ErrorCode.TOO_MANY_SUBSCRIPTIONS, message)];

  // A flood of messages (thousands of subscribe or ping messages a second) would hold the event loop:
  // libuv reads a socket in up to 32 chunks a turn and ws parses each chunk's frames at once. Past
  // `maxMessagesPerSecond` the connection is closed (4429) and its socket destroyed, so that at most
  // the chunk in hand is still parsed; graphql-ws is told to do nothing more with those messages.
  const flooded = new WeakSet<WebSocket>();
  wss.on('connection', (socket) => {
    // A protocol error (a message over maxMessageBytes, a bad frame): ws closes (1009, 1002) but goes
    // on reading what the peer sends until it answers the close, maybe hundreds of megabytes; stop now.
    socket.on('error', () => socket.terminate());
    let windowStart = 0;
    let count = 0;
    socket.on('message', () => {
      const now = Date.now();
      if (now - windowStart >= 1000) [windowStart, count] = [now, 0];
      if (++count <= limits.maxMessagesPerSecond || flooded.has(socket)) return;
      flooded.add(socket);
      options.onRefused?.('TOO_MANY_MESSAGES');
      socket.close(4429, 'Too many messages');
      socket.terminate();
    });
  });

  const server = useServer<Record<string, unknown>, { principal?: Principal }>(
    {
      schema,
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const { authorization, purpose } = ctx.connectionParams ?? {};
        let principal: Principal | null;
        try {
          principal = await authenticate(typeof authorization === 'string' ? authorization : undefined, typeof purpose === 'string' ? purpose : undefined);
        } catch (error) {
          if (error instanceof AppError) return false;
          throw error;
        }
        if (!principal) return false;
        principals.set(ctx.extra, principal);
        const user = userOf(principal);
        const open = connectionsOf.get(user) ?? new Set<Ctx>();
        connectionsOf.set(user, open.add(ctx));
        if (principal.expiresAt !== undefined) {
          // setTimeout holds at most 2^31-1 ms (~24.8 days); a token valid longer is re-armed then.
          const arm = () => {
            const left = principal.expiresAt! - Date.now();
            if (left <= 0) return ctx.extra.socket.close(CloseCode.Unauthorized, 'The token has expired');
            expiries.set(ctx.extra, setTimeout(arm, Math.min(left, 2 ** 31 - 1)));
          };
          arm();
        }
        if (authenticate.recheckMs !== undefined) {
          // With a JWKS the key that signed the token may be withdrawn (issue 16): the token is checked
          // again each time the key set may have been fetched anew, and the connection ends if refused.
          const recheck = async () => {
            try {
              await authenticate(authorization as string, typeof purpose === 'string' ? purpose : undefined);
            } catch (error) {
              if (error instanceof AppError) return ctx.extra.socket.close(CloseCode.Unauthorized, 'The token is no longer valid');
              log.error({ err: error }, 'checking the token of a WebSocket again failed');
            }
            if (ctx.extra.socket.readyState === ctx.extra.socket.OPEN) rechecks.set(ctx.extra, setTimeout(recheck, authenticate.recheckMs));
          };
          rechecks.set(ctx.extra, setTimeout(recheck, authenticate.recheckMs));
        }
        return true;
      },
      onClose: (ctx) => {
        clearTimeout(expiries.get(ctx.extra));
        clearTimeout(rechecks.get(ctx.extra));
        const principal = principals.get(ctx.extra);
        if (!principal) return;
        const open = connectionsOf.get(userOf(principal));
        open?.delete(ctx);
        if (open?.size === 0) connectionsOf.delete(userOf(principal));
      },
      onSubscribe: (ctx, _id, payload) => {
        if (flooded.has(ctx.extra.socket)) return [FLOODED];
        // The subscription being started is already counted in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
          return tooMany(
            `This connection already has ${limits.maxSubscriptionsPerConnection} subscriptions, the most one connection may hold; complete one first.`,
          );
        }
        const principal = principals.get(ctx.extra)!;
        let held = 0;
        for (const c of connectionsOf.get(userOf(principal)) ?? []) held += Object.keys(c.subscriptions).length;
        if (held > limits.maxSubscriptionsPerPrincipal) {
          return tooMany(
            `You already hold ${limits.maxSubscriptionsPerPrincipal} subscriptions across your connections, the most one user may hold; complete one first.`,
          );
        }
        // Parsed here rather than by graphql-ws, whose parse errors close the whole connection (4500):
        // the token limit of HTTP, and a syntax or validation error answers this subscription alone.
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      onError: (_ctx, _id, _payload, errors) => {
        // graphql-js gives syntax and validation errors no code; the API calls them this.
        for (const e of errors) options.onRefused?.(typeof e.extensions?.code === 'string' ? e.extensions.code : 'GRAPHQL_VALIDATION_FAILED');
        // Variables' errors would come as a result (onOperation below), but no subscription takes an argument for a
        // variable to fill (and unused variables are refused here).
        if (options.hideSuggestions) return errors.map((e) => withoutSuggestions(e.toJSON()));
      },
      context: (ctx, id) => {
        const context = contextFor(principals.get(ctx.extra)!, `ws-${id}-${randomUUID()}`, log);
        // What tells a subscription whether its last event was written to it (a push's delivery).
        attachReceipt(context, new PushReceipt(() => ctx.extra.socket.readyState === ctx.extra.socket.OPEN && id in ctx.subscriptions));
        return context;
      },
      // The access log entry of each result is written here, before graphql-ws has the result to send,
      // rather than in onNext: from the moment a result is handed on to graphql-ws writing its `next`,
      // only promise jobs run (no message of the client is read), so a subscription found open here is
      // still open when its `next` is written, and one the client completed (or whose socket closed)
      // while its event was being prepared gets nothing more. (In onNext the write of the entry came
      // between the check and graphql-ws's send, and a complete could arrive during it.)
      onOperation: async (ctx, id, payload, args, result) => {
        const context = args.contextValue as Context;
        const receipt = receiptOf(context);
        // A query or mutation may come over the socket too: log the operation's own type, as over HTTP.
        // (The name, as over HTTP, also when the client sent none beside the document.)
        const operation = getOperationAST(args.document, args.operationName);
        const entry = { type: operation?.operation ?? 'subscription', name: payload.operationName ?? operation?.name?.value ?? null };
        /** The result once its entry is written; if it cannot be, what is sent instead (nothing of the data). */
        const logged = async (value: ExecutionResult): Promise<ExecutionResult> => {
          try {
            await writeAccessLog(orm, context, { ...entry, data: value.data, errors: value.errors });
            context.audit = new AuditTrail();
            return value;
          } catch (error) {
            const { message, extensions } = withheld(error, log, context.requestId);
            return { errors: [new GraphQLError(message, { extensions })] };
          }
        };
        const awaited = await result;
        if (!(Symbol.asyncIterator in Object(awaited))) return logged(awaited as ExecutionResult);

        const source = (awaited as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
        const events: AsyncIterableIterator<ExecutionResult> = {
          [Symbol.asyncIterator]() {
            return this;
          },
          async next() {
            const step = await source.next();
            if (step.done) return step;
            receipt?.sending(false);
            const sent = await logged(step.value);
            // Completed (or closed) while it was prepared: nothing is sent, the subscription ends here.
            if (!(id in ctx.subscriptions)) {
              await source.return?.();
              return { done: true, value: undefined };
            }
            // Only a message that carries the event whole delivers it: not one withheld, nor one with errors.
            receipt?.sending(sent === step.value && sent.data != null && !sent.errors?.length);
            return { done: false, value: sent };
          },
          async return() {
            await source.return?.();
            return { done: true, value: undefined };
          },
          async throw(error: unknown) {
            await source.return?.();
            throw error;
          },
        };
        return events;
      },
    },
    wss,
  );
  return Object.assign(server, {
    /** What is held open now: sockets (authenticated or not yet), and the subscriptions of all users. */
    open() {
      let subscriptions = 0;
      for (const held of connectionsOf.values()) for (const c of held) subscriptions += Object.keys(c.subscriptions).length;
      return { connections: wss.clients.size, subscriptions };
    },
  });
}
