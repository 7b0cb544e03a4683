import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { createAuthenticator } from '../access/authenticate.js';
import type { Principal } from '../access/principal.js';
import type { Config } from '../config/config.js';
import { databaseReady } from '../db/orm.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { auditPlugin } from '../audit/audit.plugin.js';
import { createLoaders } from '../modules/loaders.js';
import { pseudonymOf } from '../access/pseudonym.js';
import { AppError, createErrorFormatter, ErrorCode } from '../shared/errors.js';
import { stringifyResponse } from '../read/json-text.js';
import type { Context } from '../modules/context.js';
import { directReadPlugin } from './direct-read.js';
import { graphqlHttp } from './graphql-http.js';
import { buildHubSchema } from './schema.js';
import { serveSubscriptions } from './subscriptions.js';
import { consoleRouter } from './console.js';
import { pageAwareCostRule } from './query-cost.js';
import { reportsRouter } from './reports.js';
import { rateLimit } from './rate-limit.js';
import { withoutSuggestions } from './suggestions.js';
import { createHubMetrics } from './metrics.js';
import { BODY_LIMIT_BYTES, handleHttpError, legacyJsonStatusPlugin, requireJsonBody, sendRequestError, unavailableStatusPlugin } from './http-errors.js';
import type { NotificationRuntime } from '../modules/notifications/delivery/runtime.js';
import { actingFor } from '../read/row-scope.js';

/** The console's GraphiQL (console/src/pages/graphiql), bundled with the hub. */
const CONSOLE_GRAPHIQL_PATH = '/console/graphiql';

/**
 * GET /graphql in a browser (Accept: text/html): a page that sends the reader to the console's GraphiQL,
 * in development and production alike. Apollo's own landing pages load Apollo Sandbox or Explorer from
 * Apollo's CDN, which a closed network cannot reach. No script: a meta refresh, and a link for whoever
 * does not follow it. Other GET and POST requests are answered by GraphQL as before.
 */
function consoleLandingPage(): ApolloServerPlugin<Context> {
  const html = `<!doctype html>
<html lang="bg">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=${CONSOLE_GRAPHIQL_PATH}">
<title>GraphQL — Център за интеграция / Integration hub</title>
</head>
<body>
<main>
<h1>GraphQL API</h1>
<p>Заявките се изпращат с POST към /graphql. Интерактивната среда GraphiQL е в конзолата: <a href="${CONSOLE_GRAPHIQL_PATH}">${CONSOLE_GRAPHIQL_PATH}</a>.</p>
<p lang="en">Send queries with POST to /graphql. The interactive GraphiQL is in the console: <a href="${CONSOLE_GRAPHIQL_PATH}">${CONSOLE_GRAPHIQL_PATH}</a>.</p>
</main>
</body>
</html>
`;
  return { serverWillStart: async () => ({ renderLandingPage: async () => ({ html }) }) };
}

export interface HubServer {
  /** Base URL once listening, e.g. http://127.0.0.1:4000 */
  url: string;
  httpServer: http.Server;
  /** Stops accepting requests and drains those in flight (the ORM and database are the caller's). */
  stop(): Promise<void>;
}

interface AppOptions {
  config: Config;
  /** Where the built console may be (default: dist/console, console.ts). */
  consoleDirectories?: string[];
  orm: MikroORM;
  log: Logger;
  schema?: GraphQLSchema;
  /** The delivery runtime's events, for subscriptions (none: subscribing says SERVICE_UNAVAILABLE). */
  notifications?: NotificationRuntime;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

declare module 'http' {
  interface IncomingMessage {
    principal?: Principal | null;
    /** Why the request's credentials were refused: answered once the rate limit has counted it. */
    refusal?: AppError;
  }
}

/**
 * graphql-armor's cost estimate, named here so that the limit (GRAPHQL_MAX_COST) can be read against it:
 * a field costs 1, an object 2 plus 1.5 times the cost of each field selected in it, and a field with
 * a page `first: n` n times that (a variable counts as the largest page, an omitted size as the default:
 * query-cost.ts). The factor 1.5 per level makes nesting expensive (pages of plans
 * of measures of plans … grow as 1.5^depth), while a flat page of 100 with ordinary fields stays
 * within the limit (docs/api-guide.md, "Limits on queries"; test/docs/api-guide-examples.test.ts).
 */
const QUERY_COST = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 } as const;

/** Builds the HTTP server (GraphQL, health and readiness) and starts listening. */
export async function startHubServer({ config, orm, log, schema: given, notifications, consoleDirectories }: AppOptions): Promise<HubServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag: GraphQL answers are POSTed and personal, never revalidated; hashing each body cost a page
  // of 100 agreements (120 kB) a SHA-1 on every request.
  app.disable('etag');
  const httpServer = http.createServer(app);
  // Not collected at all where /metrics is off (production without METRICS_TOKEN).
  const metrics = config.metrics.enabled ? createHubMetrics({ orm, log, token: config.metrics.token }) : undefined;
  const authenticate = await createAuthenticator(config.jwt);

  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth },
    // The cost limit runs as pageAwareCostRule below, which also counts page sizes not written as literals.
    costLimit: { enabled: false },
    maxAliases: { n: config.graphql.maxAliases },
    // graphql-js counts tokens while Apollo parses (parseOptions below): armor's plugin parsed every
    // document a second time and threw from a hook, which turned each syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: config.graphql.maxDirectives },
    // Suggestions are taken out by the error formatting below (hideSuggestions), which also covers
    // enum values and variables (server/suggestions.ts).
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const validationRules = [...(protection.validationRules ?? []), pageAwareCostRule({ maxCost: config.graphql.maxCost, ...QUERY_COST })];
  // "Did you mean …" would reveal the schema where introspection is off; production never sends it,
  // even with introspection opened (issue 16). Development and tests keep the hints.
  const hideSuggestions = config.isProduction || !config.graphql.introspection;
  const formatError = createErrorFormatter(log);
  const formatResponseError = hideSuggestions
    ? (formatted: GraphQLFormattedError, error: unknown) => withoutSuggestions(formatError(formatted, error))
    : formatError;
  const schema = given ?? (await buildHubSchema());

  // What is costly to make and some requests never use, made on first use. On a prototype, because
  // Apollo copies the context's own properties into a fresh object for each operation: an own getter
  // would be read (and the loaders made) by that copy. A mutation swaps `em` for its transaction's
  // (transactions.ts); the loaders keep the request's own.
  type Lazy = Pick<Context, 'em' | 'loaders' | 'principal'> & { _em?: Context['em']; _fork?: Context['em']; _loaders?: Context['loaders'] };
  const forkOf = (c: Lazy) => (c._fork ??= actingFor(orm.em.fork(), c.principal));
  const lazily: Omit<Lazy, 'principal'> = {
    get em() {
      return (this as Lazy)._em ?? forkOf(this as Lazy);
    },
    set em(em) {
      (this as Lazy)._em = em;
    },
    get loaders() {
      const lazy = this as Lazy;
      lazy._loaders ??= createLoaders(forkOf(lazy), lazy.principal);
      return lazy._loaders;
    },
  };

  /** Everything a resolver may use, afresh for each HTTP request and each subscription. */
  const contextFor = (principal: Principal | null, requestId: string, requestLog: Logger): Context =>
    Object.assign(Object.create(lazily) as Context, {
      requestId,
      principal,
      reader: orm.em,
      log: requestLog,
      audit: new AuditTrail(),
      pseudonym: (beneficiaryId: string) => pseudonymOf(config.pseudonymKey, principal?.institutionCode ?? '', beneficiaryId),
      smallCellThreshold: config.smallCellThreshold,
      readPath: config.readPath,
      webhookPolicy: config.notifications.webhook,
      notificationEvents: notifications?.events,
    });
  const limit = rateLimit(config.rateLimit);
  const subscriptions = serveSubscriptions({
    admitHandshake: limit.handshake,
    httpServer,
    schema,
    authenticate,
    validationRules,
    contextFor: (principal, requestId, requestLog) => contextFor(principal, requestId, requestLog),
    orm,
    log,
    limits: config.websocket,
    maxTokens: config.graphql.maxTokens,
    onRefused: metrics?.refused,
    hideSuggestions,
  });
  metrics?.watchSubscriptions(() => subscriptions.open());

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    // Tokens come only in the Authorization header, never from cookies: a cross-site request carries
    // no credentials, so it is no more than an anonymous request, and GET queries may run.
    csrfPrevention: false,
    validationRules,
    formatError: formatResponseError,
    // The passthrough's root rows go out as PostgreSQL wrote them (read/json-text.ts).
    stringifyResult: stringifyResponse,
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      // Root reads answered from their statement's rows without graphql-js execution (READ_PATH=passthrough, direct).
      directReadPlugin(schema, formatResponseError, metrics?.answered),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Close the WebSocket subscriptions too when draining.
      { serverWillStart: async () => ({ drainServer: async () => void (await subscriptions.dispose()) }) },
      auditPlugin(orm, log),
      legacyJsonStatusPlugin(),
      unavailableStatusPlugin(),
      ...(metrics ? [metrics.plugin<Context>()] : []),
      // Installed by default, it hooks every field; the hub sets no cache hints.
      ApolloServerPluginCacheControlDisabled(),
      consoleLandingPage(),
    ],
  });
  await apollo.start();

  if (metrics) app.use(metrics.http);
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' },
      // Each request's logger carries its request, serialised when the request starts whether anything
      // is logged or not: only what tells requests apart, no headers (tokens stay out by construction).
      serializers: { req: ({ id, method, url, remoteAddress }: Record<string, unknown>) => ({ id, method, url, remoteAddress }) },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  if (metrics) app.get('/metrics', metrics.endpoint);
  // The reports answer their own authentication errors; here the caller is only told apart for the limit.
  const identify: express.RequestHandler = async (req, _res, next) => {
    req.principal = await authenticate(req.headers.authorization).catch(() => null);
    next();
  };
  app.use('/reports', identify, limit.http, reportsRouter(orm, authenticate, config.smallCellThreshold));
  app.get('/readyz', async (_req, res) => {
    const { ready, reason } = await databaseReady(orm);
    res.status(ready ? 200 : 503).json(ready ? { status: 'ready' } : { status: 'not ready', reason });
  });

  // The admin console (issue 18): its own headers (strict CSP), the same API as everyone's.
  app.use('/console', consoleRouter(config, consoleDirectories));

  app.use(
    '/graphql',
    requireJsonBody,
    express.json({ limit: BODY_LIMIT_BYTES }),
    // Authenticate before GraphQL: a bad token is refused as a whole, with 401. But only after the
    // limit has counted the caller, by its address (rate-limit.ts): refused before it, forged tokens
    // could be sprayed without any limit (issue 16).
    async (req, _res, next) => {
      try {
        const purpose = req.headers['x-purpose'];
        req.principal = await authenticate(req.headers.authorization, typeof purpose === 'string' ? purpose : undefined);
      } catch (error) {
        if (!(error instanceof AppError)) return next(error);
        req.principal = null;
        req.refusal = error;
      }
      next();
    },
    limit.http,
    (req, res, next) => {
      const error = req.refusal;
      if (!error) return next();
      sendRequestError(req, res, error.extensions.code === ErrorCode.UNAUTHENTICATED ? 401 : 400, error.message, error.extensions);
    },
    graphqlHttp(apollo, async ({ req }) => contextFor(req.principal ?? null, String(req.id), req.log)),
  );

  app.use(handleHttpError);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    httpServer,
    stop: async () => {
      await apollo.stop();
      await metrics?.close();
    },
  };
}
