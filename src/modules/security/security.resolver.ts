import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Root } from '../../shared/root.js';
import { Idempotent } from '../../shared/idempotency.js';
import type { Context } from '../context.js';
import { PageArgs } from '../../shared/relay.js';
import { BeneficiaryType } from '../beneficiaries/beneficiary.types.js';
import { SecurityAssessment } from './security-assessment.entity.js';
import { securityService } from './security.service.js';
import { RecordSecurityAssessmentInput, SecurityAssessmentConnection, SecurityAssessmentFilter, SecurityAssessmentType } from './security.types.js';

@Resolver(() => SecurityAssessmentType)
export class SecurityAssessmentResolver {
  @Query(() => SecurityAssessmentConnection, { description: "DANS's risk assessments (Art. 26), newest first." })
  securityAssessments(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SecurityAssessmentFilter, { nullable: true }) filter: SecurityAssessmentFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    return securityService.list(ctx.em, filter, page);
  }

  @Mutation(() => SecurityAssessmentType, { description: 'DANS records a national-security risk assessment of a beneficiary (Art. 2, 26).' })
  @UseMiddleware(Idempotent(SecurityAssessment))
  recordSecurityAssessment(@Arg('input', () => RecordSecurityAssessmentInput) input: RecordSecurityAssessmentInput, @Ctx() ctx: Context) {
    return securityService.record(ctx.em, ctx.principal!, input);
  }

  @FieldResolver(() => BeneficiaryType, { nullable: true, description: 'IDENTITY data.' })
  beneficiary(@Root() assessment: SecurityAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.beneficiary.load(assessment.beneficiary.id);
  }
}
