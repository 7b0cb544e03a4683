// What a lost or unreachable PostgreSQL looks like from inside the hub, whichever layer raised it (pg,
// knex's pool, MikroORM's exception converter): the request cannot be served now, but may be in a
// moment. It is the server's condition, not the client's mistake, and not a bug either:
// SERVICE_UNAVAILABLE (HTTP 503 with Retry-After), never INTERNAL_SERVER_ERROR.

// Socket errors, and SQLSTATE classes 08 (connection exception) and 57P (operator intervention:
// admin or crash shutdown, cannot connect now), 53300 (too many connections).
const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '53300']);
const SQLSTATE = /^(08...|57P0[1-4])$/;
const MESSAGES = [
  'Connection terminated',
  'Connection ended unexpectedly',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'Timeout acquiring a connection',
  'the database system is',
  'terminating connection due to',
];

/** True if the error (or any error in its `cause` chain) says the database cannot be reached now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, name, message, originalError } = e as { code?: unknown; name?: unknown; message?: unknown; originalError?: unknown };
    if (typeof code === 'string' && (CODES.has(code) || SQLSTATE.test(code))) return true;
    if (name === 'KnexTimeoutError' || name === 'ConnectionException') return true;
    if (typeof message === 'string' && MESSAGES.some((m) => message.includes(m))) return true;
    // GraphQL wraps resolver errors; an AggregateError (Node's connect to several addresses) holds more.
    if (originalError && isDatabaseUnavailable(originalError)) return true;
    if (Array.isArray((e as { errors?: unknown }).errors) && (e as { errors: unknown[] }).errors.some(isDatabaseUnavailable)) return true;
  }
  return false;
}

/** Seconds a client should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE = {
  message: 'The database is unavailable at the moment, so the request was not carried out. Try again in a few seconds.',
  messageBg: 'Базата данни временно е недостъпна и заявката не е изпълнена. Опитайте отново след няколко секунди.',
};

/**
 * How every connection of the hub meets a server that is away: a connection attempt fails in
 * seconds, not at the OS's TCP timeout, and keepalive notices a server that vanished without closing.
 */
export const CONNECTION_OPTIONS = { connectionTimeoutMillis: 5000, keepAlive: true } as const;

/** Waits before the given retry of something that needs the database: 250 ms, doubling, at most 5 s. */
export const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 5000)));
