import { expect } from 'vitest';
import { GraphQLClient, type GraphQLResponse } from './client.js';

/** The one error of a refused request: BAD_USER_INPUT, not a 5xx, its message naming `path`. */
export function expectRefused(res: GraphQLResponse<unknown>, path: string) {
  expect(res.status, JSON.stringify(res.errors)).toBeLessThan(500);
  expect(GraphQLClient.codes(res), JSON.stringify(res.errors)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors![0]!.message).toContain(path);
}
