import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
  headers: Headers;
}

/** The data of a response that must have no errors; `what` names the step when it has some. */
export function ok<T>(res: GraphQLResponse<T>, what: string): T {
  expect(res.errors, `${what}: ${JSON.stringify(res.errors)}`).toBeUndefined();
  return res.data!;
}

/** A response refused with exactly one error of `code`, naming `field` when given. */
export function refused(res: GraphQLResponse<unknown>, code: string, field?: string): void {
  expect(GraphQLClient.codes(res), JSON.stringify(res.errors)).toEqual([code]);
  if (field) expect(res.errors![0]!.extensions?.field).toBe(field);
}

/** A minimal GraphQL-over-HTTP client for the tests: real fetch, typed by the codegen documents. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  async request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    const body = (await response.json()) as { data?: TData | null; errors?: GraphQLFormattedError[] };
    return { status: response.status, headers: response.headers, ...body };
  }

  /** The `extensions.code` of each error, in order. */
  static codes(response: GraphQLResponse<unknown>): unknown[] {
    return (response.errors ?? []).map((e) => e.extensions?.code);
  }
}
