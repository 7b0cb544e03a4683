import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../server/context.js';
import { PrincipalType } from './session.types.js';

@Resolver(() => PrincipalType)
export class SessionResolver {
  @Query(() => PrincipalType, { description: 'The authenticated caller, as the hub sees it. Needs a token.' })
  me(@Ctx() ctx: Context) {
    // The policy lets only authenticated requests reach this resolver.
    return ctx.principal;
  }
}
