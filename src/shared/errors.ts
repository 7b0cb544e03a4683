import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

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

/**
 * Apollo's formatError: errors the code raised on purpose pass through (without a
 * stack trace); anything unexpected is logged in full and replaced by a generic message.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Internal server error. The failure has been logged; quote the request id if you report it.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
