import { Ctx, Query, Resolver } from 'type-graphql';
import { DataClass } from '../../access/policy.js';
import { IdArg } from '../../shared/input.js';
import type { Context } from '../context.js';
import type { HubModule, NodeEntity } from '../module.js';
import { nodeLookup } from './node.service.js';
import { NodeInterface } from './node.type.js';

/** node(id), over the node entities of every other module (modules/index.ts hands them over). */
export function nodeModule(nodes: readonly NodeEntity[]): HubModule {
  const lookup = nodeLookup(nodes);

  @Resolver()
  class NodeResolver {
    @Query(() => NodeInterface, { description: 'Any object by id, if it is in your scope; NOT_FOUND otherwise.' })
    node(@IdArg('id') id: string, @Ctx() ctx: Context) {
      return lookup(ctx.em, id);
    }
  }
  return {
    entities: [],
    resolvers: [NodeResolver],
    // Finds any object in the caller's scope; its fields are checked by their own type's classes.
    policy: { query: { node: DataClass.STRUCTURE } },
  };
}
