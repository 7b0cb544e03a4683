import pg from 'pg';
import { NotificationInboxDocument, type NotificationInboxQuery, type NotificationKind } from '../gql/graphql.js';
import type { GraphQLClient, GraphQLResponse } from './client.js';

/** A notification received, as NotificationInbox reads it. */
export type NotificationNode = Omit<NotificationInboxQuery['notifications']['edges'][number]['node'], 'content'> & {
  // biome-ignore lint/suspicious/noExplicitAny: the JSON scalar: each kind of notification has its own content.
  content: Record<string, any> | null;
};

/**
 * The notifications of a kind the client's institution received about one subject, paging through
 * (the inbox is shared with other test files: narrow by subject). Reading them delivers them.
 */
export async function receivedAbout(client: GraphQLClient, kind: NotificationKind, subjectId: string): Promise<NotificationNode[]> {
  const found: NotificationNode[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res: GraphQLResponse<NotificationInboxQuery> = await client.request(NotificationInboxDocument, { filter: { kind, received: true }, after });
    if (!res.data) throw new Error(`notifications: ${JSON.stringify(res.errors)}`);
    const page: NotificationInboxQuery['notifications'] = res.data.notifications;
    found.push(...page.edges.map((e) => e.node).filter((n) => n.subjectId === subjectId));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return found;
}

/**
 * The states of pg-boss's jobs with these ids, in their order ('missing' where there is none). A
 * webhook delivery's job has its notification's id: once 'completed' it cannot run again, so no
 * further POST can come (a condition to wait for instead of a quiet period).
 */
export async function jobStates(databaseUrl: string, ids: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; state: string }>('select id::text, state::text from pgboss.job where id = any($1::uuid[])', [ids]);
    return ids.map((id) => rows.find((r) => r.id === id)?.state ?? 'missing');
  } finally {
    await client.end();
  }
}
