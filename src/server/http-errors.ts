import { MIMEType } from 'node:util';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type express from 'express';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable.js';
import { ErrorCode, serviceUnavailable } from '../shared/errors.js';

/** The largest request body /graphql reads; a larger one is answered 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const JSON_MEDIA_TYPE = 'application/json';
const GRAPHQL_RESPONSE_MEDIA_TYPE = 'application/graphql-response+json';
const BAD_REQUEST = 'BAD_REQUEST';

/**
 * Answers a request the hub will not run with the body every GraphQL answer has, in the media type
 * the client prefers, so that a client reads one shape whatever went wrong.
 */
export function sendRequestError(
  req: express.Request,
  res: express.Response,
  status: number,
  message: string,
  extensions: Record<string, unknown> = { code: BAD_REQUEST },
): void {
  const type = req.accepts([JSON_MEDIA_TYPE, GRAPHQL_RESPONSE_MEDIA_TYPE]) === GRAPHQL_RESPONSE_MEDIA_TYPE ? GRAPHQL_RESPONSE_MEDIA_TYPE : JSON_MEDIA_TYPE;
  // For the metrics (server/metrics.ts): this refusal never reaches Apollo, which counts the others.
  res.locals.refusal = extensions.code;
  res
    .status(status)
    .type(`${type}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}

const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * GraphQL over HTTP is JSON in UTF-8. Refused here rather than by body-parser, which would decode
 * any `utf-*` charset and then fail on the garbage as if the JSON were malformed, and which lets
 * other media types through unread for Apollo to refuse as a missing body.
 */
export const requireJsonBody: express.RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const header = req.headers['content-type'];
  const refuse = (what: string) => sendRequestError(req, res, 415, `${what} A POST to /graphql must have Content-Type: application/json (UTF-8).`);
  if (!header) return refuse('The request has no Content-Type.');
  let mime: MIMEType;
  try {
    mime = new MIMEType(header);
  } catch {
    return refuse(`The Content-Type "${shown(header)}" is not a media type.`);
  }
  if (mime.essence !== JSON_MEDIA_TYPE) return refuse(`The media type ${shown(mime.essence)} is not accepted.`);
  const charset = mime.params.get('charset')?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return refuse(`The charset ${shown(charset)} is not accepted.`);
  next();
};

interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
  body?: string;
}

/** What a client can read of a body-parser error (http-errors marks those safe to show `expose`). */
function clientErrorMessage(error: HttpError, status: number): string {
  switch (error.type) {
    case 'entity.too.large':
      return `The request body is larger than ${BODY_LIMIT_BYTES / 1024 / 1024} MB, the most the hub reads.`;
    case 'entity.parse.failed': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(error.body ?? '');
      } catch {
        return `The request body is not valid JSON (${error.message}).`;
      }
      // body-parser's strict mode refuses JSON that is not an object or an array.
      return `The request body must be a JSON object such as {"query": "{ __typename }"}, not ${parsed === null ? 'null' : `a ${typeof parsed}`}.`;
    }
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return `The request body's ${error.type === 'charset.unsupported' ? 'charset' : 'Content-Encoding'} is not supported (${error.message}).`;
    default:
      return status === 413 ? 'The request body is too large.' : `The request could not be read (${error.message}).`;
  }
}

/**
 * The last error handler: a request the client got wrong (body-parser's errors carry a 4xx status
 * and `expose`) is answered with that status and a reason; anything else is a fault of the hub,
 * logged and answered 500 without detail.
 */
export function handleHttpError(error: HttpError, req: express.Request, res: express.Response, next: express.NextFunction): void {
  // Express can only close a connection whose answer has begun.
  if (res.headersSent) {
    next(error);
    return;
  }
  const status = error.status ?? error.statusCode;
  if (status !== undefined && status >= 400 && status < 500 && error.expose) {
    sendRequestError(req, res, status, clientErrorMessage(error, status));
    return;
  }
  if (isDatabaseUnavailable(error)) {
    req.log.warn({ err: error }, 'database unavailable');
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    const { message, extensions } = serviceUnavailable();
    sendRequestError(req, res, 503, message, extensions);
    return;
  }
  req.log.error({ err: error }, 'unhandled error');
  sendRequestError(req, res, 500, 'Internal server error. The failure has been logged; quote the request id if you report it.', {
    code: ErrorCode.INTERNAL_SERVER_ERROR,
  });
}

interface Preference {
  q: number;
  /** 2: named, 1: `type/*`, 0: `*\/*` */
  specificity: number;
  order: number;
}

/** How the Accept header ranks a media type, as Negotiator (and so Apollo) ranks it. */
function preference(ranges: { range: string; q: number; order: number }[], type: string): Preference | undefined {
  const major = type.split('/')[0];
  let best: Preference | undefined;
  for (const { range, q, order } of ranges) {
    const specificity = range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity >= 0 && (!best || specificity > best.specificity)) best = { q, specificity, order };
  }
  return best;
}

/**
 * Whether the client asked for application/json by name and prefers it to
 * application/graphql-response+json: a client of the legacy media type, which may take any status
 * but 200 as a transport failure.
 */
function prefersLegacyJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = accept.split(',').map((part, order) => {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return { range, q: q ? Number(q.slice(2)) : 1, order };
  });
  const json = preference(ranges, JSON_MEDIA_TYPE);
  if (json?.specificity !== 2 || !(json.q > 0)) return false;
  const graphql = preference(ranges, GRAPHQL_RESPONSE_MEDIA_TYPE);
  if (!graphql || !(graphql.q > 0)) return true;
  return json.q !== graphql.q
    ? json.q > graphql.q
    : json.specificity !== graphql.specificity
      ? json.specificity > graphql.specificity
      : json.order <= graphql.order;
}

// The codes of a document that does not parse or validate, or of variables that do not coerce.
const DOCUMENT_ERROR_CODES = new Set<unknown>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', ErrorCode.BAD_USER_INPUT]);

/**
 * Apollo answers a document that does not parse or validate, and variables that do not coerce, with
 * 400. The GraphQL-over-HTTP spec asks for 200 when the answer is application/json (clients of that
 * media type read errors from the body only), and for 400 with application/graphql-response+json.
 * A client that names neither (no Accept, or *\/*) keeps the 400: it is a generic HTTP client,
 * which reads the status.
 */
export function legacyJsonStatusPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length || !errors.every((e) => DOCUMENT_ERROR_CODES.has(e.extensions?.code))) return;
          if (prefersLegacyJson(request.http?.headers.get('accept'))) response.http.status = 200;
        },
      };
    },
  };
}

/**
 * A request that got nothing but SERVICE_UNAVAILABLE (the database is away) is answered 503 with
 * Retry-After, so that load balancers, proxies and generic clients see it for what it is. A response
 * with some data keeps its 200: what was read is valid.
 */
export function unavailableStatusPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || (data !== undefined && data !== null)) return;
          if (!errors.every((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
