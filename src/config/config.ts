import { createPrivateKey } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../shared/project-root.js';
import type { ReadPath } from '../read/json-read.js';

// The development signing key: usable only outside production (refused there), so a
// newcomer can mint tokens with `npm run token` without any set-up.
export const DEV_JWT_SECRET = 'dev-only-integration-hub-secret-not-for-production';
/** The development key of NGOs' pseudonyms (access/pseudonym.ts); production must set its own. */
export const DEV_PSEUDONYM_KEY = 'dev-only-pseudonym-key-not-for-production-use';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
// OpenTelemetry's own variables (read by its SDK, telemetry/tracing.ts): checked here only for what
// decides whether tracing runs. Empty counts as unset, as the SDK takes it.
const unsetIfEmpty = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === '' ? undefined : v), type.optional());
const otlpProtocol = z.enum(['grpc', 'http/protobuf', 'http/json']);
const TRACING_ENV = {
  OTEL_SDK_DISABLED: unsetIfEmpty(z.string()).transform((v) => v?.trim().toLowerCase() === 'true'),
  OTEL_TRACES_EXPORTER: unsetIfEmpty(z.string())
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(['otlp', 'zipkin', 'console', 'none'], { message: 'must be otlp, zipkin, console or none (comma-separated)' }))),
  OTEL_EXPORTER_OTLP_ENDPOINT: unsetIfEmpty(z.url()),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: unsetIfEmpty(z.url()),
  OTEL_EXPORTER_OTLP_PROTOCOL: unsetIfEmpty(otlpProtocol),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: unsetIfEmpty(otlpProtocol),
};

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).optional(),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    // The role the hub runs as (docs/audit-log.md): may only INSERT into the access log; DATABASE_URL
    // is then the owner's, for the migrations alone.
    DATABASE_APP_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATABASE_POOL_MAX: positiveInt.default(10),
    EMBEDDED_PG_DIR: z
      .string()
      .min(1)
      .default(path.join(projectRoot, '.data', 'postgres')),
    EMBEDDED_PG_PORT: port.default(54329),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM (SPKI) public key' }).optional(),
    JWT_PUBLIC_KEY_ALG: z.enum(['RS256', 'PS256', 'ES256', 'EdDSA']).default('RS256'),
    JWT_JWKS_URL: z.url().optional(),
    // 12 h: a working day with its margins; an identity provider that issues longer tokens is refused.
    JWT_MAX_LIFETIME_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(7 * 24 * 3600)
      .default(12 * 3600),
    // jose's own default (10 min): how long a key withdrawn from the JWKS may still admit tokens here.
    JWT_JWKS_MAX_AGE_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 3600)
      .default(600),
    WEBHOOK_ALLOWED_HOSTS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean),
      ),
    WEBHOOK_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
    WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(10),
    JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    OUTBOX_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
    SMALL_CELL_THRESHOLD: z.coerce.number().int().min(2, 'must be at least 2').max(100).default(5),
    // docs/read-paths.md, "Turning it off": the root reads' one-statement JSON path answered directly or
    // executed by graphql-js, or entities and loaders.
    READ_PATH: z
      .enum(['passthrough', 'direct', 'json', 'entities'], { message: 'must be passthrough (default), direct, json or entities' })
      .default('passthrough'),
    PSEUDONYM_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_ISSUER: z.string().min(1).default('integration-hub'),
    JWT_AUDIENCE: z.string().min(1).default('integration-hub'),
    // The console's sign-in with the institutions' identity provider (OpenID Connect, code with PKCE):
    // on when a client id is given. The issuer is by default the one whose tokens the hub accepts.
    CONSOLE_OIDC_CLIENT_ID: unsetIfEmpty(z.string().min(1).max(200)),
    CONSOLE_OIDC_ISSUER: unsetIfEmpty(z.url()),
    CONSOLE_OIDC_SCOPE: unsetIfEmpty(z.string().min(1).max(500)),
    CONSOLE_OIDC_RESOURCE: unsetIfEmpty(z.url()),
    GRAPHQL_INTROSPECTION: bool.optional(),
    DEMO_DATA: bool.optional(),
    GRAPHQL_MAX_DEPTH: positiveInt.default(12),
    // graphql-armor's estimate (src/server/app.ts, QUERY_COST): a documented page of 100 with the fields the
    // docs show costs some 5,000–9,000, so 5,000 refused them (issue 17); pages nested in pages cost 50,000+.
    GRAPHQL_MAX_COST: positiveInt.default(20_000),
    GRAPHQL_MAX_ALIASES: positiveInt.default(15),
    GRAPHQL_MAX_TOKENS: positiveInt.default(2000),
    GRAPHQL_MAX_DIRECTIVES: positiveInt.default(50),
    RATE_LIMIT_PER_SECOND: z.coerce.number().int().min(0).max(100_000).default(20),
    RATE_LIMIT_BURST: z.coerce.number().int().min(0).max(1_000_000).default(300),
    WS_MAX_MESSAGE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(16 * 1024 * 1024)
      .default(64 * 1024),
    WS_CONNECTION_INIT_TIMEOUT_SECONDS: z.coerce.number().positive().max(60).default(3),
    WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt.default(20),
    WS_MAX_MESSAGES_PER_SECOND: positiveInt.default(50),
    WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: positiveInt.default(50),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    AUDIT_CHECKPOINT_FILE: z
      .string()
      .min(1)
      .default(path.join(projectRoot, '.data', 'audit-checkpoints.jsonl')),
    AUDIT_CHECKPOINT_KEY: z
      .string()
      .refine((pem) => {
        try {
          return createPrivateKey(pem).asymmetricKeyType === 'ed25519';
        } catch {
          return false;
        }
      }, 'must be an Ed25519 private key in PEM (openssl genpkey -algorithm ed25519)')
      .optional(),
    AUDIT_CHECKPOINT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    ...TRACING_ENV,
  })
  .superRefine((env, ctx) => {
    if (env.CONSOLE_OIDC_CLIENT_ID) {
      const problem = oidcIssuerProblem(env.CONSOLE_OIDC_ISSUER ?? env.JWT_ISSUER);
      if (problem) ctx.addIssue({ code: 'custom', path: [env.CONSOLE_OIDC_ISSUER ? 'CONSOLE_OIDC_ISSUER' : 'JWT_ISSUER'], message: problem });
      if (!(env.CONSOLE_OIDC_SCOPE ?? 'openid').split(/\s+/).includes('openid')) {
        ctx.addIssue({ code: 'custom', path: ['CONSOLE_OIDC_SCOPE'], message: "must include 'openid' (an OpenID Connect sign-in)" });
      }
    }
    if (env.NODE_ENV !== 'production') return;
    // Production verifies tokens issued by an identity provider, never with a shared dev secret.
    if (!env.JWT_JWKS_URL && !env.JWT_PUBLIC_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_JWKS_URL'],
        message: 'production needs JWT_JWKS_URL or JWT_PUBLIC_KEY to verify tokens',
      });
    }
    // docs/audit-log.md: the checkpoints' key is the operator's, never one generated beside the file it signs.
    if (!env.AUDIT_CHECKPOINT_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUDIT_CHECKPOINT_KEY'],
        message: "production needs its own Ed25519 key (PEM) to sign the access log's checkpoints",
      });
    }
    // docs/audit-log.md: the hub must not run as the owner, who can switch the access log's trigger off.
    if (env.DATABASE_URL && !env.DATABASE_APP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_APP_URL'],
        message: 'production with DATABASE_URL (the owner, for migrations) needs DATABASE_APP_URL, the role the hub runs as (README: An external PostgreSQL)',
      });
    }
    if (!env.PSEUDONYM_KEY) {
      ctx.addIssue({ code: 'custom', path: ['PSEUDONYM_KEY'], message: "production needs its own key for NGOs' pseudonyms (32+ characters)" });
    } else if (env.PSEUDONYM_KEY === DEV_PSEUDONYM_KEY) {
      // The development key is in the source: with it anyone could recompute an NGO's pseudonyms.
      ctx.addIssue({
        code: 'custom',
        path: ['PSEUDONYM_KEY'],
        message: 'the development key is public (it is in the source); production needs a key of its own',
      });
    }
    if (env.JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'HS256 shared secrets are for development only; use JWT_JWKS_URL or JWT_PUBLIC_KEY',
      });
    }
  });

type Env = z.infer<typeof schema>;

/**
 * The console's identity provider: the browser fetches its discovery document and token endpoint, so it
 * is an https URL, or plain http on this machine's loopback (a provider run beside the hub, as in tests).
 */
function oidcIssuerProblem(issuer: string): string | null {
  const url = URL.parse(issuer);
  if (!url || !/^https?:$/.test(url.protocol)) return `the console's identity provider (issuer '${issuer}') must be an https URL`;
  if (url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    return `the console's identity provider (issuer '${issuer}') must be served over https (plain http only on 127.0.0.1 or localhost)`;
  }
  if (url.search || url.hash) return `the console's identity provider (issuer '${issuer}') has no query or fragment`;
  return null;
}

type TracingEnv = z.infer<z.ZodObject<typeof TRACING_ENV>>;
/** Whether OpenTelemetry tracing runs: as the SDK decides, plus off unless an exporter or endpoint is named. */
function tracingOf(e: TracingEnv): Config['tracing'] {
  const exporters = e.OTEL_TRACES_EXPORTER;
  // The SDK exports nothing when the first exporter named is none; with none named it uses OTLP, but
  // an endpoint nobody set (localhost:4318) is no reason to pay for tracing.
  const enabled =
    !e.OTEL_SDK_DISABLED && (exporters.length > 0 ? exporters[0] !== 'none' : Boolean(e.OTEL_EXPORTER_OTLP_ENDPOINT ?? e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT));
  return { enabled, exporters: enabled ? (exporters.length > 0 ? exporters : ['otlp']) : [] };
}

/**
 * The tracing part of the configuration alone, for the preload (src/telemetry.ts), which runs before
 * the hub and must not stop on another variable's mistake: a bad OTEL_* value turns tracing off here,
 * and loadConfig then refuses to start with its message.
 */
export function tracingConfig(source: NodeJS.ProcessEnv = process.env): Config['tracing'] {
  const parsed = z.object(TRACING_ENV).safeParse(source);
  return parsed.success ? tracingOf(parsed.data) : { enabled: false, exporters: [] };
}

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  /** url: the owner (migrations); appUrl: the role the hub runs as (unset: the embedded server's, or the owner outside production). */
  database: { url?: string; appUrl?: string; poolMax: number };
  /** Signed checkpoints of the access log's head (audit/checkpoints.ts). */
  audit: { checkpoint: { file: string; key?: string; intervalSeconds: number } };
  embedded: { dataDir: string; port: number };
  jwt: {
    secret?: string;
    publicKey?: string;
    publicKeyAlg: Env['JWT_PUBLIC_KEY_ALG'];
    jwksUrl?: string;
    issuer: string;
    audience: string;
    /** The longest a token may be valid: exp − iat (access/authenticate.ts). */
    maxLifetimeSeconds: number;
    /** How old the JWKS may get before it is fetched again; cached tokens are re-checked then. */
    jwksMaxAgeSeconds: number;
  };
  notifications: {
    webhook: { production: boolean; allowedHosts: string[] };
    /** Attempts after the first, with exponential backoff from retryDelaySeconds (pg-boss). */
    retryLimit: number;
    retryDelaySeconds: number;
    timeoutSeconds: number;
    /** How often pg-boss looks for jobs of a dead process (their delivery then runs again). */
    maintenanceSeconds: number;
    /** How often every process looks for notifications not yet dispatched and for overdue ones. */
    sweepSeconds: number;
  };
  /** Aggregates suppress groups of fewer persons than this (docs/policy.md, "Aggregates"; default 5). */
  smallCellThreshold: number;
  /**
   * How root reads fetch their rows and answer (docs/read-paths.md): `direct`, one statement in which
   * PostgreSQL builds the rows (read/json-read.ts), the response built from them by a compiled plan
   * (server/direct-read.ts); `json`, the same statement, executed by graphql-js; `entities`, MikroORM
   * entities and the loaders. All give the same answers (test/access/read-path-equality.test.ts);
   * `json` and `entities` are the ways back if the first errs.
   */
  readPath: ReadPath;
  /** Key of the pseudonyms NGOs see instead of identities (access/pseudonym.ts). */
  pseudonymKey: string;
  /**
   * The admin console (server/console.ts): its sign-in with the institutions' identity provider
   * (OpenID Connect, authorization code with PKCE, a public client), when CONSOLE_OIDC_CLIENT_ID is set.
   */
  console: {
    oidc: {
      issuer: string;
      clientId: string;
      scope: string;
      /** RFC 8707 resource indicator asked for, so that the access token is a JWT for this hub; null: none sent. */
      resource: string | null;
    } | null;
  };
  /** Load the demo data set at start (default: development on the embedded database). */
  demoData?: boolean;
  graphql: {
    introspection: boolean;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
  };
  /** Requests a second per user, and a burst a minute beyond that (server/rate-limit.ts); 0: no limit. */
  rateLimit: { perSecond: number; burst: number };
  /** GET /metrics (server/metrics.ts): open outside production, needs the token where one is set, off in production without one. */
  metrics: { enabled: boolean; token?: string };
  /** OpenTelemetry traces, started by the preload (telemetry.ts) from the OTEL_* variables. */
  tracing: { enabled: boolean; exporters: string[] };
  /** GraphQL over WebSocket (subscriptions): what one client may hold. */
  websocket: {
    /** A larger message closes the connection (1009) before it is read whole. */
    maxMessageBytes: number;
    /** A connection that has not sent connection_init by then is closed (4408). */
    connectionInitTimeoutMs: number;
    maxSubscriptionsPerConnection: number;
    /** A connection that sends more messages in a second is closed (4429). */
    maxMessagesPerSecond: number;
    /** Across all the connections of one user of one institution (institution and subject). */
    maxSubscriptionsPerPrincipal: number;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once, at start; the message names every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    isProduction,
    // Outside production the dev signing key is public knowledge: listen on loopback only.
    host: e.HOST ?? (isProduction ? '0.0.0.0' : '127.0.0.1'),
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    database: { url: e.DATABASE_URL, appUrl: e.DATABASE_APP_URL, poolMax: e.DATABASE_POOL_MAX },
    audit: { checkpoint: { file: path.resolve(e.AUDIT_CHECKPOINT_FILE), key: e.AUDIT_CHECKPOINT_KEY, intervalSeconds: e.AUDIT_CHECKPOINT_SECONDS } },
    embedded: { dataDir: path.resolve(e.EMBEDDED_PG_DIR), port: e.EMBEDDED_PG_PORT },
    jwt: {
      secret: e.JWT_SECRET ?? (isProduction ? undefined : DEV_JWT_SECRET),
      publicKey: e.JWT_PUBLIC_KEY,
      publicKeyAlg: e.JWT_PUBLIC_KEY_ALG,
      jwksUrl: e.JWT_JWKS_URL,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      maxLifetimeSeconds: e.JWT_MAX_LIFETIME_SECONDS,
      jwksMaxAgeSeconds: e.JWT_JWKS_MAX_AGE_SECONDS,
    },
    pseudonymKey: e.PSEUDONYM_KEY ?? DEV_PSEUDONYM_KEY,
    console: {
      oidc: e.CONSOLE_OIDC_CLIENT_ID
        ? {
            issuer: e.CONSOLE_OIDC_ISSUER ?? e.JWT_ISSUER,
            clientId: e.CONSOLE_OIDC_CLIENT_ID,
            scope: e.CONSOLE_OIDC_SCOPE ?? 'openid',
            resource: e.CONSOLE_OIDC_RESOURCE ?? null,
          }
        : null,
    },
    smallCellThreshold: e.SMALL_CELL_THRESHOLD,
    readPath: e.READ_PATH,
    notifications: {
      webhook: { production: isProduction, allowedHosts: e.WEBHOOK_ALLOWED_HOSTS },
      retryLimit: e.WEBHOOK_RETRY_LIMIT,
      retryDelaySeconds: e.WEBHOOK_RETRY_DELAY_SECONDS,
      timeoutSeconds: e.WEBHOOK_TIMEOUT_SECONDS,
      maintenanceSeconds: e.JOBS_MAINTENANCE_SECONDS,
      sweepSeconds: e.OUTBOX_SWEEP_SECONDS,
    },
    demoData: isProduction ? false : e.DEMO_DATA,
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION ?? !isProduction,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
    },
    rateLimit: { perSecond: e.RATE_LIMIT_PER_SECOND, burst: e.RATE_LIMIT_BURST },
    metrics: { enabled: e.METRICS_TOKEN !== undefined || !isProduction, token: e.METRICS_TOKEN },
    tracing: tracingOf(e),
    websocket: {
      maxMessageBytes: e.WS_MAX_MESSAGE_BYTES,
      connectionInitTimeoutMs: Math.round(e.WS_CONNECTION_INIT_TIMEOUT_SECONDS * 1000),
      maxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxMessagesPerSecond: e.WS_MAX_MESSAGES_PER_SECOND,
      maxSubscriptionsPerPrincipal: e.WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL,
    },
  };
}
