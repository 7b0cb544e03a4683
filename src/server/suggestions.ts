import type { GraphQLFormattedError } from 'graphql';

// graphql-js ends errors about an unknown field, argument, type, input field or enum value, in a
// document or in its variables, with ` Did you mean "a", "b" or "c"?` (` Did you mean the enum value
// "X"?` for enum values). Names cannot hold a "?", so the hint ends at the first one.
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * The error without graphql-js's hints at the schema: where introspection is off (always in
 * production), "Did you mean" would spell the schema out to whoever guesses. graphql-armor's
 * blockFieldSuggestion is not enough: it matches only `Did you mean "…"?` (not enum values), and only
 * validation errors (not variables', which graphql-js finds when it executes).
 */
export function withoutSuggestions<E extends GraphQLFormattedError>(error: E): E {
  const message = error.message.replace(SUGGESTION, '');
  return message === error.message ? error : { ...error, message };
}
