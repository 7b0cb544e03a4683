import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from './gql/graphql.js';
import type { Language } from './i18n.js';

// The documents are *.graphql files beside the pages that send them, typed by the project's codegen
// (codegen.yml; npm run codegen) into ./gql/graphql.ts as strings, and sent with fetch.

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; messageBg?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResult<Result> {
  data: Result | null;
  errors: GraphQLError[];
}

/** A request the hub answered with errors and no data (a refused act, bad input, an expired token). */
export class ApiError extends Error {
  constructor(readonly errors: GraphQLError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
  /** The field the hub named as wrong (BAD_USER_INPUT), e.g. "input.concludedOn". */
  get field(): string | undefined {
    return this.errors[0]?.extensions?.field;
  }
}

/** The hub's message in the reader's language: its Bulgarian text (extensions.messageBg) when there is one. */
export function errorText(error: unknown, language: Language): string {
  if (error instanceof ApiError) {
    return error.errors.map((e) => (language === 'bg' && e.extensions?.messageBg) || e.message).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** What a request needs from the session: the token (renewed if need be) and the stated purpose. */
export interface Credentials {
  token: () => Promise<string>;
  purpose: string;
  /** The token was refused (expired, revoked): renew it or ask the person to sign in again. */
  onUnauthenticated: () => Promise<boolean>;
}

async function post<Result>(token: string, purpose: string, query: string, variables: unknown) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      // The purpose of use, sent with every request (the access log keeps it).
      // A code in plain ASCII (an HTTP header carries no Cyrillic): see PURPOSES.
      'x-purpose': purpose,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as {
    data?: Result | null;
    errors?: GraphQLError[];
  };
}

const unauthenticated = (errors?: GraphQLError[]) => errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ?? false;

/** Sends a typed document; throws ApiError when the hub answers no data. Retries once after a renewal. */
export async function request<Result, Variables>(
  credentials: Credentials,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<GraphQLResult<Result>> {
  let body = await post<Result>(await credentials.token(), credentials.purpose, document.toString(), variables);
  if (unauthenticated(body.errors) && (await credentials.onUnauthenticated())) {
    body = await post<Result>(await credentials.token(), credentials.purpose, document.toString(), variables);
  }
  if (!body.data && body.errors?.length) throw new ApiError(body.errors);
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** The paths the policy refused (FORBIDDEN), e.g. "notifications.edges.0.node.content". */
function forbiddenPaths(errors: GraphQLError[]): Set<string> {
  return new Set(errors.filter((e) => e.extensions?.code === 'FORBIDDEN' && e.path).map((e) => e.path!.join('.')));
}

export interface QueryState<Result> {
  data: Result | null;
  /** Paths of fields the policy refused: show them as outside the statutory view (ui/Outside.tsx). */
  forbidden: Set<string>;
  /** Errors other than refusals of a field, with data beside them. */
  errors: GraphQLError[];
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Runs a query when the page shows and when its variables change; `reload` after an act. */
export function useQuery<Result, Variables>(
  credentials: Credentials,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): QueryState<Result> {
  const [state, setState] = useState<Omit<QueryState<Result>, 'reload'>>({ data: null, forbidden: new Set(), errors: [], error: null, loading: true });
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const { data, errors } = await request(credentials, document, JSON.parse(key) as Variables);
      if (ticket !== latest.current) return;
      const forbidden = forbiddenPaths(errors);
      setState({ data, forbidden, errors: errors.filter((e) => e.extensions?.code !== 'FORBIDDEN'), error: null, loading: false });
    } catch (error) {
      if (ticket === latest.current) setState({ data: null, forbidden: new Set(), errors: [], error, loading: false });
    }
  }, [credentials, document, key]);
  useEffect(() => void reload(), [reload]);
  return { ...state, reload };
}
