import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { Root } from '../../shared/root.js';
import { roleCaseAreas } from '../../access/case-areas.js';
import { DataClass, declaredPolicy, mayPerform, mayRead } from '../../access/policy.js';
import { CaseArea } from '../../domain/children.js';
import type { Principal } from '../../access/principal.js';
import type { Context } from '../context.js';
import { PrincipalType } from './session.types.js';

/** Classes a person reads about others (PUBLIC, SESSION and STRUCTURE are everyone's). */
const GRANTABLE = Object.values(DataClass).filter((c) => c !== DataClass.PUBLIC && c !== DataClass.SESSION && c !== DataClass.STRUCTURE);

@Resolver(() => PrincipalType)
export class SessionResolver {
  @Query(() => PrincipalType, { description: 'The authenticated caller, as the hub sees it. Needs a token.' })
  me(@Ctx() ctx: Context) {
    // The policy lets only authenticated requests reach this resolver.
    return ctx.principal;
  }

  // Both from the one policy (docs/access-matrix.md), so that a client such as the console offers a
  // role what it may do and nothing more; the API still checks every field and every row.
  @FieldResolver(() => [DataClass], {
    description: 'The data classes your role may read (docs/access-matrix.md); row scopes still narrow them to your records.',
  })
  reads(@Root() principal: Principal): DataClass[] {
    return GRANTABLE.filter((c) => mayRead(principal.role, c));
  }

  @FieldResolver(() => [String], {
    description: 'The mutations your role may perform, by name; each still checks the record is in your scope and the law allows the act now.',
  })
  acts(@Root() principal: Principal): string[] {
    return Object.keys(declaredPolicy().mutations)
      .filter((name) => mayPerform(principal.role, name))
      .sort();
  }

  @FieldResolver(() => [CaseArea], {
    description: "The areas of a child's case your role reads in every case it takes part in (docs/children.md); a referral may share more in one case.",
  })
  caseAreas(@Root() principal: Principal): readonly CaseArea[] {
    return roleCaseAreas(principal);
  }
}
