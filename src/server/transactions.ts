import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../modules/context.js';

/**
 * Every mutation runs in one database transaction: its reads, checks and writes commit together or
 * not at all, and row locks taken in services hold until the end. Queries run without one (and no
 * wrapper touches their fields). GraphQL runs the root fields of a mutation one after another, so
 * swapping the context's entity manager for the duration is safe; the result's nested fields are
 * read after the commit.
 */
export function runMutationsInTransactions(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context: Context, info) => {
      const outside = context.em;
      try {
        return await outside.transactional(async (em) => {
          context.em = em as typeof outside;
          return resolve(source, args, context, info);
        });
      } finally {
        context.em = outside;
      }
    };
  }
  return schema;
}
