import pg from 'pg';
import type { GraphQLClient, GraphQLResponse } from './client.js';

export interface NotificationNode {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  createdAt: string;
  dueBy: string;
  // biome-ignore lint/suspicious/noExplicitAny: the JSON scalar: each kind of notification has its own content.
  content: Record<string, any> | null;
  sender: { code: string } | null;
  recipient: { code: string };
}
type NotificationPage = {
  notifications: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: NotificationNode }[] };
};
const NOTIFICATIONS = `query($filter: NotificationFilter, $after: String) {
  notifications(filter: $filter, first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id kind subjectType subjectId createdAt dueBy content sender { code } recipient { code } } }
  }
}`;

/**
 * The notifications of a kind the client's institution received about one subject, paging through
 * (the inbox is shared with other test files: narrow by subject). Reading them delivers them.
 */
export async function receivedAbout(client: GraphQLClient, kind: string, subjectId: string): Promise<NotificationNode[]> {
  const found: NotificationNode[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res: GraphQLResponse<NotificationPage> = await client.request<NotificationPage, unknown>(NOTIFICATIONS, { filter: { kind, received: true }, after });
    if (!res.data) throw new Error(`notifications: ${JSON.stringify(res.errors)}`);
    const page: NotificationPage['notifications'] = res.data.notifications;
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
