import { type GraphQLClient, type GraphQLResponse, ok } from './client.js';

/** Whether a case is in the client's list of children's cases (scoped by the same SQL as childCase), paging through. */
export async function listedCase(client: GraphQLClient, caseId: string): Promise<boolean> {
  type Page = { childCases: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res: GraphQLResponse<Page> = await client.request<Page, unknown>(
      'query($after: String) { childCases(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    const page = ok(res, 'childCases').childCases;
    if (page.edges.some((e) => e.node.id === caseId)) return true;
    if (!page.pageInfo.hasNextPage) return false;
    after = page.pageInfo.endCursor;
  }
  return false;
}
