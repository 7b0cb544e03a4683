import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../db/unavailable.js';

/**
 * Error codes the API promises to clients (`extensions.code`). Modules throw the classes
 * below; anything else is an unexpected failure and reaches the client only as
 * INTERNAL_SERVER_ERROR with no detail.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  DEADLINE_PASSED: 'DEADLINE_PASSED',
  PURPOSE_REQUIRED: 'PURPOSE_REQUIRED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface AppErrorOptions {
  /** The same message in Bulgarian, for people who read the error. */
  messageBg?: string;
  /** Extra machine-readable detail (e.g. the offending field or article). */
  details?: Record<string, unknown>;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, {
      extensions: {
        code,
        ...(options.messageBg ? { messageBg: options.messageBg } : {}),
        ...options.details,
      },
    });
    this.name = code;
  }
}

// One class per code, so that services throw by meaning and tests can check with instanceof.
const withCode = (code: ErrorCode) =>
  class extends AppError {
    constructor(message: string, options?: AppErrorOptions) {
      super(code, message, options);
    }
  };
export const BadUserInputError = withCode(ErrorCode.BAD_USER_INPUT);
export const UnauthenticatedError = withCode(ErrorCode.UNAUTHENTICATED);
export const ForbiddenError = withCode(ErrorCode.FORBIDDEN);
export const NotFoundError = withCode(ErrorCode.NOT_FOUND);
export const ConflictError = withCode(ErrorCode.CONFLICT);
export const DeadlinePassedError = withCode(ErrorCode.DEADLINE_PASSED);
export const PurposeRequiredError = withCode(ErrorCode.PURPOSE_REQUIRED);
export const ServiceUnavailableError = withCode(ErrorCode.SERVICE_UNAVAILABLE);

/**
 * An error made without a stack trace: for refusals, which are expected answers (hundreds on a page
 * a role may read only partly) and never go to the client with a stack; capturing and formatting
 * one costs more than the field.
 */
export function withoutStack<E extends Error>(make: () => E): E {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A row that is not there, or not in the caller's scope: never confirm which. */
export const notFound = (what: string, id: string, field = 'id') =>
  new NotFoundError(`No ${what} ${id}.`, { messageBg: `Няма такъв запис: ${id}.`, details: { field } });

// Codes that graphql-js and Apollo assign to request errors (parse, validation, variables).
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

// graphql-js gives this error no code and no variable node, so Apollo cannot tell it is the client's.
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';
const TOKEN_LIMIT = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/;
// Apollo's own wording for a client's mistake, where it is terse.
const CLEARER: Record<string, string> = {
  'provided sha does not match query': 'The persisted query hash (extensions.persistedQuery.sha256Hash) is not the SHA-256 of the query sent with it.',
};

// graphql-js's refusals of a variable's value, before any resolver: in English, naming the path.
const INVALID_AT = /^Variable "\$\w+" got invalid value .* at "([\w.[\]]+)"; /;
const FIELD_MISSING = /^Variable "\$\w+" got invalid value .*; Field "(\w+)" of required type "[^"]+" was not provided\.$/;
const VARIABLE_MISSING = /^Variable "\$(\w+)" of required type "[^"]+" was not provided\.$/;
const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value /;

/**
 * A refused variable, as the API's own refusals are: the field it names (`extensions.field`, the last
 * name of the path) and a Bulgarian message, so that a form can show it beside the field.
 */
function withFieldOfVariable(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== ErrorCode.BAD_USER_INPUT || formatted.extensions.messageBg) return formatted;
  const missing = FIELD_MISSING.exec(formatted.message)?.[1] ?? VARIABLE_MISSING.exec(formatted.message)?.[1];
  const at = missing ? undefined : (INVALID_AT.exec(formatted.message)?.[1] ?? INVALID_VARIABLE.exec(formatted.message)?.[1]);
  if (!at && !missing) return formatted;
  const path = at ?? missing!;
  const field = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .at(-1)!;
  const messageBg = at ? `${path}: невалидна стойност.` : `${missing}: задължително поле.`;
  return { ...formatted, extensions: { ...formatted.extensions, field: formatted.extensions.field ?? field, messageBg } };
}

/** The code a client's mistake gets where Apollo or graphql-js gives none, or none the API documents. */
function clientErrorOf(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const code = formatted.extensions?.code;
  // The API documents one code for a document refused before execution, syntax errors included.
  if (code === 'GRAPHQL_PARSE_FAILED') {
    const limit = TOKEN_LIMIT.exec(formatted.message)?.[1];
    const message = limit ? `Syntax Error: Token limit of ${limit} exceeded; send a smaller document.` : formatted.message;
    return { ...formatted, message, extensions: { ...formatted.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && CLIENT_CODES.has(code)) return withFieldOfVariable(formatted);
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined || error.originalError) return undefined;
  if (error.message === TOO_MANY_VARIABLE_ERRORS) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
  }
  // Apollo marks what the client got wrong with a 4xx status, sometimes without a code (a persisted
  // query whose hash does not match, say).
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { ...formatted, message: CLEARER[formatted.message] ?? formatted.message, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  }
  return undefined;
}

/**
 * Apollo's formatError: errors the code raised on purpose, and the client's mistakes, pass through
 * (without a stack trace); anything unexpected is logged in full and replaced by a generic message.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const client = clientErrorOf(formatted, error);
    if (client) {
      const { stacktrace: _stack, ...extensions } = client.extensions ?? {};
      return { ...client, extensions };
    }
    const cause = unwrapResolverError(error);
    // A database that is away is the server's condition, not a bug: the client may retry (503).
    if (isDatabaseUnavailable(cause)) {
      log.warn({ err: cause, path: formatted.path }, 'database unavailable during a GraphQL request');
      return serviceUnavailable(formatted);
    }
    log.error({ err: cause, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Internal server error. The failure has been logged; quote the request id if you report it.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** The error a request gets when the database cannot be reached (HTTP 503, see server/http-errors.ts). */
export const serviceUnavailable = (at: Pick<GraphQLFormattedError, 'path' | 'locations'> = {}): GraphQLFormattedError => ({
  message: DATABASE_UNAVAILABLE.message,
  ...(at.path ? { path: at.path } : {}),
  ...(at.locations ? { locations: at.locations } : {}),
  extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, messageBg: DATABASE_UNAVAILABLE.messageBg },
});
