import type { ConsoleInboxQuery, TypedDocumentString } from './gql/graphql.js';

// The documents are in ./graphql/*.graphql, typed by the project's codegen (codegen.yml; npm run codegen)
// into ./gql/graphql.ts as strings: sent with fetch, no GraphQL client in the bundle.
export { ConsoleAcknowledgeDocument as AcknowledgeMutation, ConsoleInboxDocument as InboxQuery } from './gql/graphql.js';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export interface GraphQLResult<Result> {
  data: Result | null;
  errors: GraphQLError[];
}

/** The session: only in memory (never in storage); gone when the page is closed or reloaded. */
export interface Session {
  token: string;
  role: string;
  unit: string | null;
  purpose: string;
}

export async function request<Result, Variables>(
  session: Session,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<GraphQLResult<Result>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${session.token}`,
      // The purpose of use, sent with every request (the access log keeps it).
      // A code in plain ASCII (an HTTP header carries no Cyrillic): see PURPOSES.
      'x-purpose': session.purpose,
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: Result | null; errors?: GraphQLError[] };
  if (!body.data && body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** The paths the policy refused (FORBIDDEN), e.g. "notifications.edges.0.node.content". */
export function forbiddenPaths(errors: GraphQLError[]): Set<string> {
  return new Set(errors.filter((e) => e.extensions?.code === 'FORBIDDEN' && e.path).map((e) => e.path!.join('.')));
}

/** The purposes the picker offers, as codes; their names are in the translation files (i18n.ts). */
export const PURPOSES = ['integration-agreement', 'child-protection', 'health-care', 'supervision'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Roles a development sign-in offers, with an example unit where the role needs one. */
export const DEV_ROLES: { role: string; unit: string | null }[] = [
  { role: 'MUNICIPALITY', unit: 'SOF46' },
  { role: 'SAR', unit: null },
  { role: 'DAZD', unit: null },
  { role: 'RZI', unit: 'BLG' },
  { role: 'MVR', unit: null },
  { role: 'ADMIN', unit: null },
];

export async function devToken(role: string, unit: string | null, purpose: string): Promise<string> {
  const response = await fetch('/console/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, unit, purpose }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; errors?: { message: string }[] };
  if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.token;
}

export type InboxNotification = ConsoleInboxQuery['notifications']['edges'][number]['node'];
