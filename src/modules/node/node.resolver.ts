import { Ctx, Query, Resolver } from 'type-graphql';
import { IdArg } from '../../shared/input.js';
import type { Context } from '../context.js';
import { nodeService } from './node.service.js';
import { NodeInterface } from './node.type.js';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { description: 'Any object by id, if it is in your scope; NOT_FOUND otherwise.' })
  node(@IdArg('id') id: string, @Ctx() ctx: Context) {
    return nodeService.get(ctx.em, id);
  }
}
