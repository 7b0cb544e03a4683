import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { protect } from '../access/shield.js';
import { resolvers } from '../modules/index.js';
import { checkJsonTypes } from '../read/types.js';
import { runMutationsInTransactions } from './transactions.js';

// type-graphql wants a PubSub once a schema has subscriptions, though ours bring their own
// `subscribe` (the notification runtime's PostgreSQL events): none of them may use this one.
const noPubSub: PubSub = {
  publish: () => {
    throw new Error('subscriptions of the hub subscribe to the notification runtime, not to a PubSub');
  },
  subscribe: () => {
    throw new Error('subscriptions of the hub subscribe to the notification runtime, not to a PubSub');
  },
};

/**
 * The schema as type-graphql builds it from the modules (and any `extra` resolvers, for tests), before
 * the access policy is applied. Arguments are checked by the limits declared with them (shared/input.ts),
 * not by class-validator, which type-graphql would load on the first request with arguments (130 ms).
 */
// biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes resolvers as Function.
export async function buildBareSchema(extra: Function[] = []): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [...resolvers, ...extra] as typeof resolvers, validate: false, pubSub: noPubSub });
  checkJsonTypes(schema);
  return runMutationsInTransactions(schema);
}

/** The executable schema: every field behind the policy's rules (deny by default). */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  return protect(await buildBareSchema());
}

/** SDL as committed in schema/schema.graphql: sorted, so that diffs show real changes only. */
export function printHubSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
