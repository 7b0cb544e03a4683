import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema } from 'type-graphql';
import { permissionsFor } from '../access/shield.js';
import { resolvers } from '../modules/index.js';
import { runMutationsInTransactions } from './transactions.js';

/** The schema as type-graphql builds it from the modules, before the access policy is applied. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  return runMutationsInTransactions(await buildSchema({ resolvers, validate: true }));
}

/** The executable schema: every field behind the policy's rules (deny by default). */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  const schema = await buildBareSchema();
  return applyMiddleware(schema, permissionsFor(schema));
}

/** SDL as committed in schema/schema.graphql: sorted, so that diffs show real changes only. */
export function printHubSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
