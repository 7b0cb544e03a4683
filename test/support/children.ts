import { ChildCaseIdsDocument, type ChildCaseIdsQuery } from '../gql/graphql.js';
import { type GraphQLClient, type GraphQLResponse, ok } from './client.js';

/** Whether a case is in the client's list of children's cases (scoped by the same SQL as childCase), paging through. */
export async function listedCase(client: GraphQLClient, caseId: string): Promise<boolean> {
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res: GraphQLResponse<ChildCaseIdsQuery> = await client.request(ChildCaseIdsDocument, { after });
    const page = ok(res, 'childCases').childCases;
    if (page.edges.some((e) => e.node.id === caseId)) return true;
    if (!page.pageInfo.hasNextPage) return false;
    after = page.pageInfo.endCursor;
  }
  return false;
}

/** The codes of the errors, by the path where each arose (e.g. `childCase.placements`). */
export const errorsByPath = (res: GraphQLResponse<unknown>) =>
  Object.fromEntries((res.errors ?? []).map((e) => [(e.path ?? []).join('.'), e.extensions?.code]));
