import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
  headers: Headers;
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
